import { describe, expect, it } from "vitest";
import { PERSONAS } from "@/scripts/belvo-emulator/personas";
import { caught, client, linkFor, withEmulator } from "./testing/emulator-harness";

// Our client against the running emulator over real HTTP (not a mocked fetch).
withEmulator();

describe("institutions", () => {
  it("lists (across pages), iterates and reads one", async () => {
    const { belvo } = client();
    const all = [];
    for await (const institution of belvo.institutions.iterate()) all.push(institution);
    expect(all.map((i) => i.name)).toEqual(
      expect.arrayContaining([
        "planet_mx_employment",
        "imss_mx_employment",
        "issste_mx_employment",
      ]),
    );
    const imss = all.find((i) => i.name === "imss_mx_employment");
    if (!imss) throw new Error("no IMSS");
    await expect(belvo.institutions.get(imss.id)).resolves.toMatchObject({
      name: "imss_mx_employment",
      type: "employment",
    });
    const page = await belvo.institutions.list({ name: "issste_mx_employment" });
    expect(page.results.map((i) => i.name)).toEqual(["issste_mx_employment"]);
  });
});

describe("links", () => {
  it("creates, reads, filters, patches, updates credentials and deletes", async () => {
    const { belvo } = client();
    const link = await belvo.links.create({
      institution: "imss_mx_employment",
      curp: PERSONAS.stable.curp,
      email: PERSONAS.stable.email,
      accessMode: "single",
      fetchResources: ["EMPLOYMENT_RECORDS"],
      externalId: "cotiza_app_42",
      credentialsStorage: "store",
      staleIn: "90d",
    });
    expect(link).toMatchObject({
      institution: "imss_mx_employment",
      accessMode: "single",
      status: "valid",
      externalId: "cotiza_app_42",
    });
    expect(link.institutionUserId).toMatch(/^[A-Za-z0-9\-=_]{44}$/);
    await expect(belvo.links.get(link.id)).resolves.toEqual(link);
    const filtered = await belvo.links.list({ externalId: "cotiza_app_42" });
    expect(filtered.results.map((l) => l.id)).toEqual([link.id]);
    const recurrent = await belvo.links.update(link.id, { accessMode: "recurrent" });
    expect(recurrent.accessMode).toBe("recurrent");
    await expect(belvo.links.updateCredentials(link.id, { password: "" })).resolves.toMatchObject({
      id: link.id,
    });
    await belvo.links.delete(link.id);
    expect((await caught(belvo.links.get(link.id))).code).toBe("not_found");
  });

  it("iterates across pages following next", async () => {
    const { belvo, events } = client();
    const curps = [
      PERSONAS.stable.curp,
      PERSONAS.recentHire.curp,
      PERSONAS.longGap.curp,
      PERSONAS.capped.curp,
      PERSONAS.concurrent.curp,
    ];
    const created = [];
    for (const curp of curps) created.push((await linkFor(belvo, curp)).id);
    const first = await belvo.links.list();
    expect(first.count).toBe(5);
    expect(first.results).toHaveLength(2);
    expect(first.next).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/links\/\?.*page=2/);
    events.length = 0;
    const seen = [];
    for await (const link of belvo.links.iterate()) seen.push(link.id);
    expect(seen.sort()).toEqual([...created].sort());
    expect(events.filter((e) => e.path === "/api/links/")).toHaveLength(3);
  });
});
