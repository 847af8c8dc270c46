// Creates the e2e users with the user CLI (as an operator would) and signs in once per role
// through the login form, saving each browser state for the merchant and support projects.
import fs from "node:fs";
import path from "node:path";
import { test as setup } from "@playwright/test";
import { addUser } from "./support/cli";
import { e2eDataDir, type E2EUser } from "./support/constants";
import { signIn } from "./support/login";

const stateFile = (role: string) => path.join(e2eDataDir(), "auth", `${role}.json`);

setup("create the e2e users with the CLI", () => {
  for (const user of ["merchant", "support", "throttled", "leaver"] as E2EUser[]) addUser(user);
});

for (const role of ["merchant", "support"] as const) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await signIn(page, role);
    fs.mkdirSync(path.dirname(stateFile(role)), { recursive: true });
    await page.context().storageState({ path: stateFile(role) });
  });
}
