// Password length limits, shared so forms can say them up front. The full policy (common passwords)
// runs on the server: lib/server/auth/password-policy.ts.
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;
export const PASSWORD_HINT = `At least ${PASSWORD_MIN} characters. A few unrelated words make a strong, memorable password.`;
