import { describe, expect, it } from "vitest";
import { canManageMember, canManageTeam, grantableRoles } from "./permissions";

describe("team permissions", () => {
  it("opens the Team page to team leads and admins only", () => {
    expect(canManageTeam("UNDERWRITER")).toBe(false);
    expect(canManageTeam("TEAM_LEAD")).toBe(true);
    expect(canManageTeam("ADMIN")).toBe(true);
  });

  it("lets admins manage everyone and team leads everyone but admins", () => {
    expect(canManageMember("ADMIN", "ADMIN", "UNDERWRITER")).toBe(true);
    expect(canManageMember("ADMIN", "UNDERWRITER", "ADMIN")).toBe(true);
    expect(canManageMember("TEAM_LEAD", "UNDERWRITER", "TEAM_LEAD")).toBe(true);
    expect(canManageMember("TEAM_LEAD", "TEAM_LEAD")).toBe(true);
    expect(canManageMember("TEAM_LEAD", "ADMIN")).toBe(false);
    expect(canManageMember("TEAM_LEAD", "UNDERWRITER", "ADMIN")).toBe(false);
    expect(canManageMember("UNDERWRITER", "UNDERWRITER")).toBe(false);
  });

  it("offers each role only the roles it may give", () => {
    expect(grantableRoles("ADMIN")).toEqual(["UNDERWRITER", "TEAM_LEAD", "ADMIN"]);
    expect(grantableRoles("TEAM_LEAD")).toEqual(["UNDERWRITER", "TEAM_LEAD"]);
    expect(grantableRoles("UNDERWRITER")).toEqual([]);
  });
});
