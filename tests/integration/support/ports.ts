// The integration tests' mail catchers listen on fixed ports; TEST_PORT_OFFSET moves them all,
// so two checkouts (or a CI run beside a developer's run) can test on one machine.
export const testPort = (port: number) => port + Number(process.env.TEST_PORT_OFFSET ?? 0);
