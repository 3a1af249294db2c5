import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Locator, type Page } from "./csp-guard";
import {
  ANONYMOUS,
  connectThroughApi,
  createMember,
  demoUser,
  signedInPage,
  signIn,
  storageStatePath,
  uniqueCurp,
  uniqueEmail,
  type Member,
} from "./fixtures";

// Other specs sign in as the seeded demo users at the same time: this file changes only the users
// it creates, and never creates an admin (the last-admin test relies on the demo admin being alone).
test.use({ storageState: storageStatePath("TEAM_LEAD") });

const PASSWORD = "team-spec-password";

const memberRow = (page: Page, email: string) =>
  page.locator(`[data-testid=member-row][data-email="${email}"]`);

async function expectSignInRefused(page: Page, email: string, password: string) {
  await signIn(page, email, password);
  await expect(page.getByTestId("login-error")).toHaveText(
    "El correo o la contraseña no son correctos. Revise ambos e intente de nuevo.",
  );
}

/** A member signed in in a browser of their own, and their row on the lead's Team page. */
async function memberOnTeamPage(page: Page, browser: Browser, prefix: string) {
  const member = await createMember(page.request, prefix);
  const theirs = await signedInPage(browser, member);
  await page.goto("/team");
  return { member, theirs, row: memberRow(page, member.email) };
}

/** Their next page is the sign-in page, and their old password no longer signs them in. */
async function expectSessionEnded(theirs: Page, member: Member) {
  await theirs.goto("/settings");
  await expect(theirs).toHaveURL(/\/login/);
  await expectSignInRefused(theirs, member.email, member.password);
}

test("a lead invites an underwriter, who chooses a password through the link and signs in", async ({
  page,
  browser,
}) => {
  const name = `Sofía Invitada ${Date.now().toString(36)}`;
  const email = uniqueEmail("invited");
  await page.goto("/team");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Equipo");
  const form = page.getByTestId("invite-member-form");
  await expect(form.getByLabel("Rol").locator("option")).toHaveText([
    "Analista",
    "Líder de equipo",
  ]);
  await form.getByLabel("Nombre completo").fill(name);
  await form.getByLabel("Correo electrónico").fill(email);
  await form.getByRole("button", { name: "Crear liga de invitación" }).click();
  const url = await page.getByTestId("one-time-link-url").inputValue();
  expect(url).toMatch(/\/join\/[A-Za-z0-9_-]{43}$/);
  await expect(memberRow(page, email).getByTestId("member-status")).toHaveText(
    "Invitación pendiente",
  );

  const invitee = await (await browser.newContext(ANONYMOUS)).newPage();
  await invitee.goto(url);
  await expect(invitee.getByRole("heading", { level: 1 })).toHaveText(
    `Le damos la bienvenida, ${name}`,
  );
  await expect(invitee.getByTestId("join-email")).toHaveText(email);
  await invitee.getByLabel("Nueva contraseña").fill(PASSWORD);
  await invitee.getByLabel("Repita la contraseña").fill(`${PASSWORD}-typo`);
  await invitee.getByTestId("join-submit").click();
  await expect(invitee.getByTestId("error-confirm")).toHaveText(
    "Las dos contraseñas no coinciden.",
  );
  await invitee.getByLabel("Repita la contraseña").fill(PASSWORD);
  await invitee.getByTestId("join-submit").click();
  await expect(invitee.getByTestId("join-done")).toBeVisible();
  await invitee.getByTestId("join-sign-in").click();
  await invitee.getByTestId("login-email").fill(email);
  await invitee.getByTestId("login-password").fill(PASSWORD);
  await invitee.getByTestId("login-submit").click();
  await expect(invitee).toHaveURL(/\/applicants$/);
  await expect(invitee.getByTestId("current-user")).toContainText(name);
  await expect(invitee.getByTestId("current-role")).toHaveText("Analista");

  await invitee.goto(url);
  await expect(invitee.getByTestId("join-problem")).toContainText("Esta liga ya se usó.");
  await page.reload();
  await expect(memberRow(page, email).getByTestId("member-status")).toHaveText("Activa");
});

test("the invite form explains bad input, and a lead can neither invite nor change admins", async ({
  page,
}) => {
  await page.goto("/team");
  const axe = await new AxeBuilder({ page }).analyze();
  expect(
    axe.violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? "")),
  ).toEqual([]);
  const form = page.getByTestId("invite-member-form");
  await form.getByRole("button", { name: "Crear liga de invitación" }).click();
  await expect(form.getByTestId("error-name")).toHaveText("Escriba el nombre de la persona.");
  await expect(form.getByTestId("error-email")).toContainText("Escriba un correo electrónico");
  await form.getByLabel("Nombre completo").fill("Ya Existe");
  await form.getByLabel("Correo electrónico").fill(demoUser("UNDERWRITER").email);
  await form.getByRole("button", { name: "Crear liga de invitación" }).click();
  await expect(page.getByTestId("invite-member-error")).toHaveText(
    "Ya existe una cuenta con este correo.",
  );
  await expect(form.getByTestId("error-email")).toHaveText("Ya existe una cuenta con este correo.");

  const admin = memberRow(page, demoUser("ADMIN").email);
  await expect(admin.getByTestId("member-role")).toHaveText("Administración");
  await expect(admin.getByRole("button")).toHaveCount(0);
  const refused = await page.request.post("/api/team/members", {
    data: { name: "Jefa", email: uniqueEmail("boss"), role: "ADMIN" },
  });
  expect(refused.status()).toBe(403);
});

test("a lead changes an underwriter's role", async ({ page }) => {
  const member = await createMember(page.request, "role");
  await page.goto("/team");
  const row = memberRow(page, member.email);
  await expect(row.getByTestId("member-role-select").locator("option")).toHaveText([
    "Analista",
    "Líder de equipo",
  ]);
  await row.getByTestId("member-role-select").selectOption("TEAM_LEAD");
  await row.getByTestId("member-role-save").click();
  await expect(row).toHaveAttribute("data-role", "TEAM_LEAD");
  await expect(row.getByTestId("member-role-save")).toHaveCount(0);
  await page.reload();
  await expect(memberRow(page, member.email).getByTestId("member-role-select")).toHaveValue(
    "TEAM_LEAD",
  );
});

test("deactivating a member ends their session at their next navigation", async ({
  page,
  browser,
}) => {
  const { member, theirs, row } = await memberOnTeamPage(page, browser, "deactivate");
  await row.getByTestId("member-deactivate").click();
  await expect(page.getByTestId("member-confirm")).toContainText(`¿Desactivar a ${member.name}?`);
  await page.keyboard.press("Escape"); // focus is on the confirmation, so Escape leaves it
  await expect(page.getByTestId("member-confirm")).toHaveCount(0);
  await expect(row.getByTestId("member-deactivate")).toBeFocused();
  await row.getByTestId("member-deactivate").click();
  await page.getByTestId("member-confirm-yes").click();
  await expect(row.getByTestId("member-status")).toHaveText("Desactivada");
  await expectSessionEnded(theirs, member);
});

test("a password reset ends the member's session, stops the old password, and its link sets a new one", async ({
  page,
  browser,
}) => {
  const { member, theirs, row } = await memberOnTeamPage(page, browser, "reset");
  await row.getByTestId("member-reset").click();
  await page.getByTestId("member-confirm-yes").click();
  const url = await page.getByTestId("one-time-link-url").inputValue();
  await expect(row.getByTestId("member-status")).toHaveText("Contraseña restablecida");
  await expectSessionEnded(theirs, member);

  await theirs.goto(url);
  await expect(theirs.getByRole("heading", { level: 1 })).toHaveText("Elija una nueva contraseña");
  await theirs.getByLabel("Nueva contraseña").fill("short");
  await theirs.getByTestId("join-submit").click();
  await expect(theirs.getByTestId("error-password")).toHaveText("Use al menos 10 caracteres.");
  await theirs.getByLabel("Nueva contraseña").fill("a-brand-new-password");
  await theirs.getByLabel("Repita la contraseña").fill("a-brand-new-password");
  await theirs.getByTestId("join-submit").click();
  await expect(theirs.getByTestId("join-done")).toBeVisible();
  await expectSignInRefused(theirs, member.email, member.password);
  await signIn(theirs, member.email, "a-brand-new-password");
  await expect(theirs).toHaveURL(/\/applicants$/);
});

test.describe("as the only admin", () => {
  test.use({ storageState: storageStatePath("ADMIN") });

  test("the last active admin can be neither demoted nor deactivated, with a clear error", async ({
    page,
  }) => {
    const message =
      "Cotiza necesita al menos un administrador activo. Primero nombre administrador a otra persona.";
    await page.goto("/team");
    await expect(
      page.locator("[data-testid=member-row][data-role=ADMIN][data-status=ACTIVE]"),
    ).toHaveCount(1);
    const self = memberRow(page, demoUser("ADMIN").email);
    await expect(self.getByTestId("member-deactivate")).toHaveCount(0); // nobody deactivates themselves

    await self.getByTestId("member-role-select").selectOption("TEAM_LEAD");
    await self.getByTestId("member-role-save").click();
    await expect(page.getByTestId("member-error")).toHaveText(message);
    await expect(self.getByTestId("member-role-select")).toHaveValue("ADMIN");

    const me = (await (await page.request.get("/api/me")).json()) as { user: { id: string } };
    const response = await page.request.post(`/api/team/members/${me.user.id}/status`, {
      data: { active: false },
    });
    expect(response.status()).toBe(409);
    // The API answers with the same sentence's key, which the page renders as `message`.
    expect((await response.json()).error.message).toBe("errors.team.lastAdmin");
    await page.reload();
    await expect(self).toHaveAttribute("data-role", "ADMIN");
    await expect(page.getByTestId("current-role")).toHaveText("Administración");
  });
});

test.describe("as an underwriter", () => {
  test.use({ storageState: storageStatePath("UNDERWRITER") });

  test("the Team page and its API are closed", async ({ page }) => {
    await page.goto("/applicants");
    await expect(page.getByRole("navigation", { name: "Principal" }).getByRole("link")).toHaveText([
      "Solicitantes",
      /^Alertas/,
      "Exportaciones",
      "Verificar reporte",
      "Configuración",
    ]);
    await page.goto("/team");
    await expect(page.getByTestId("team-forbidden")).toBeVisible();
    await expect(page.getByTestId("members-table")).toHaveCount(0);
    const response = await page.request.post("/api/team/members", {
      data: { name: "Colado", email: uniqueEmail("sneaky"), role: "UNDERWRITER" },
    });
    expect(response.status()).toBe(403);
    expect((await response.json()).error.code).toBe("forbidden");
  });
});

test("a set-password link that does not exist gets a clear message", async ({ browser }) => {
  const page = await (await browser.newContext(ANONYMOUS)).newPage();
  await page.goto(`/join/${"x".repeat(43)}`);
  await expect(page.getByTestId("join-problem")).toHaveText(
    "Esta liga no es válida. Pida una nueva a su líder de equipo o administrador.",
  );
  await expect(page.getByRole("link", { name: "Ir a iniciar sesión" })).toBeVisible();
});

/** The whole number a workload cell shows (es-MX groups thousands with commas). */
const cellNumber = async (cell: Locator) => Number((await cell.innerText()).replace(/\D/g, ""));

test("workload counts a member's assigned and open work, its age, the outcomes and this week's decisions, and the unassigned work", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const member = await createMember(page.request, "workload");
  const theirs = await signedInPage(browser, member);
  const ids: string[] = [];
  for (let i = 0; i < 3; i++)
    ids.push(
      await connectThroughApi(theirs, {
        name: `Carga ${member.name} ${i}`,
        curp: uniqueCurp(),
        referencePrefix: `TEAM${i}`,
      }),
    );

  // Nobody is assigned to the three yet: they wait, new, in the team's unassigned row.
  await page.goto("/team");
  await expect(page.getByRole("columnheader", { name: "Hasta 2 días" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "De 3 a 7 días" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Más de 7 días" })).toBeVisible();
  const unassigned = page.getByTestId("workload-unassigned");
  await expect(unassigned.getByRole("rowheader")).toContainText("Sin asignar");
  const open = await cellNumber(unassigned.getByTestId("workload-open"));
  const ageing = await Promise.all(
    (await unassigned.getByTestId("workload-ageing").all()).map(cellNumber),
  );
  expect(open).toBeGreaterThanOrEqual(3);
  expect(ageing).toHaveLength(3);
  expect(ageing[0]).toBeGreaterThanOrEqual(3);
  expect(ageing.reduce((total, count) => total + count, 0)).toBe(open);

  for (const id of ids) {
    const assigned = await theirs.request.put(`/api/applicants/${id}/assignment`, {
      data: { userId: member.id },
    });
    expect(assigned.status()).toBe(200);
  }
  // A decline closes the work; a referral waits for documents, so it stays open.
  for (const [id, outcome, reasonCode] of [
    [ids[0], "DECLINE", "insufficient_income"],
    [ids[1], "REFER", "capped_salary"],
  ]) {
    const decided = await theirs.request.post(`/api/applicants/${id}/decisions`, {
      data: { outcome, reasonCode },
    });
    expect(decided.status(), `${outcome} recorded`).toBe(200);
  }

  await page.goto("/team");
  const row = page.locator(`[data-testid=workload-row][data-person="${member.name}"]`);
  await expect(row.getByTestId("workload-assigned")).toHaveText("3");
  await expect(row.getByTestId("workload-open")).toHaveText("2");
  await expect(row.getByTestId("workload-ageing")).toHaveText(["2", "0", "0"]);
  await expect(row.getByTestId("workload-approve")).toHaveText("0");
  await expect(row.getByTestId("workload-decline")).toHaveText("1");
  await expect(row.getByTestId("workload-refer")).toHaveText("1");
  await expect(row.getByTestId("workload-week")).toHaveText([
    "0",
    "0",
    "0",
    "0",
    "0",
    "0",
    "0",
    "2",
  ]);
});
