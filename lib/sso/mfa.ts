// Whether the organisation's provider says the person used more than a password (RFC 8176 amr
// values, or an acr that stands for multi-factor). Only then does an SSO session count as having
// passed the second factor; otherwise the platform's own second factor still applies.
const MFA_AMR = new Set(["mfa", "otp", "hwk", "sc", "sms", "tel"]);
const MFA_ACR = new Set([
  "mfa",
  "https://refeds.org/profile/mfa",
  "http://schemas.openid.net/pape/policies/2007/06/multi-factor",
  "http://schemas.openid.net/pape/policies/2007/06/multi-factor-physical",
]);

export function idpDidMfa(claims: Record<string, unknown>): boolean {
  const amr = Array.isArray(claims.amr) ? claims.amr.filter((v): v is string => typeof v === "string") : [];
  if (amr.some((v) => MFA_AMR.has(v.toLowerCase()))) return true;
  return typeof claims.acr === "string" && MFA_ACR.has(claims.acr.toLowerCase());
}
