import { test as setup } from "./csp-guard";
import { DEMO_USERS } from "../scripts/demo/users";
import { expectSignedInAs, signIn, storageStatePath } from "./fixtures";

// Signs in once per role; specs reuse the saved session through `test.use({ storageState })`.
for (const user of DEMO_USERS) {
  setup(`sign in as ${user.role}`, async ({ page }) => {
    await signIn(page, user.email, user.password);
    await expectSignedInAs(page, user.role);
    await page.context().storageState({ path: storageStatePath(user.role) });
  });
}
