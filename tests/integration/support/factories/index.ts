// Small factories for integration tests: each creates new, uniquely named rows (through the
// domain functions where the app has them) and returns their ids.
export { createInitiative, type CreatedInitiative } from "./initiatives";
export { createOrganisation, createRegion, type CreatedOrganisation } from "./organisations";
export { createTeam, type Team } from "./team";
export { unique, uniqueEmail } from "./unique";
export { createMember, createMembership, createUser, type CreatedUser } from "./users";
