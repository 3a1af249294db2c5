import { expect, type Page } from "@playwright/test";
import { DEMO_USERS } from "../scripts/demo/users";

export { uniqueCurp } from "../lib/testing/unique-curp";

export type DemoRole = (typeof DEMO_USERS)[number]["role"];

export function demoUser(role: DemoRole) {
  const user = DEMO_USERS.find((candidate) => candidate.role === role);
  if (!user) throw new Error(`No demo user for ${role}`);
  return user;
}

export function storageStatePath(role: DemoRole): string {
  return `e2e/.auth/${role.toLowerCase()}.json`;
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByTestId("login-email").fill(email);
  await page.getByTestId("login-password").fill(password);
  await page.getByTestId("login-submit").click();
}

export async function expectSignedInAs(page: Page, role: DemoRole) {
  const user = demoUser(role);
  await expect(page).toHaveURL(/\/applicants$/);
  await expect(page.getByTestId("current-user")).toContainText(user.name);
  await expect(page.getByTestId("current-role")).toHaveText(
    { UNDERWRITER: "Underwriter", TEAM_LEAD: "Team lead", ADMIN: "Admin" }[role],
  );
}

export const uniqueReference = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
