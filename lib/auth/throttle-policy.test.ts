import { describe, expect, it } from "vitest";
import {
  admitAttempt,
  afterFailure,
  blockedUntil,
  delaySeconds,
  refusalOf,
  SIGN_IN_LIMITS,
  thresholdCrossed,
  type ThrottleState,
} from "./throttle-policy";

const AT = new Date("2026-11-19T12:00:00.000Z");
const later = (seconds: number) => new Date(AT.getTime() + seconds * 1000);
const account = (failures: number, extra: Partial<ThrottleState> = {}): ThrottleState => ({
  key: "account:hash",
  failures,
  lastFailureAt: AT,
  lockedUntil: null,
  ...extra,
});
const address = (failures: number): ThrottleState => ({
  ...account(failures),
  key: "address:1.2.3.4",
});

/** Fails `times` times in a row at AT, from a fresh key. */
function failRepeatedly(state: ThrottleState, times: number): ThrottleState {
  let current = state;
  for (let i = 0; i < times; i += 1) current = afterFailure(current, AT);
  return current;
}

describe("sign-in delays", () => {
  it("let the first failures through, then double the wait up to a cap", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 8, 9, 20].map((n) => delaySeconds("account", n))).toEqual([
      0, 0, 0, 1, 2, 4, 8, 32, 60, 60,
    ]);
    expect(delaySeconds("address", 19)).toBe(0);
    expect(delaySeconds("address", 20)).toBe(1);
    expect(delaySeconds("address", 22)).toBe(4);
  });

  it("refuse an attempt until lastFailureAt + 2^(failures - 3) seconds", () => {
    expect(blockedUntil(account(2), AT)).toBeNull();
    expect(blockedUntil(account(3), AT)).toEqual(later(1));
    expect(blockedUntil(account(5), later(3))).toEqual(later(4));
    expect(blockedUntil(account(5), later(4))).toBeNull();
  });

  it("forget failures after an hour without one", () => {
    const old = account(9, { lastFailureAt: new Date(AT.getTime() - 60 * 60_000) });
    expect(blockedUntil(old, AT)).toBeNull();
    expect(afterFailure(old, AT).failures).toBe(1);
  });
});

describe("sign-in lockout", () => {
  it("locks an account on its 10th failure for 15 minutes, an address on its 50th", () => {
    const nine = failRepeatedly(account(0), 9);
    expect(nine.lockedUntil).toBeNull();
    const ten = afterFailure(nine, AT);
    expect(ten).toMatchObject({ failures: 10, lockedUntil: later(15 * 60) });
    expect(failRepeatedly(address(0), 49).lockedUntil).toBeNull();
    expect(failRepeatedly(address(0), 50).lockedUntil).toEqual(later(15 * 60));
    expect(SIGN_IN_LIMITS.account.lockAfter).toBe(10);
  });

  it("starts counting afresh once a lock has run out", () => {
    const locked = failRepeatedly(account(0), 10);
    expect(blockedUntil(locked, later(15 * 60 - 1))).toEqual(later(15 * 60));
    expect(blockedUntil(locked, later(15 * 60))).toBeNull();
    expect(afterFailure(locked, later(15 * 60)).failures).toBe(1);
  });

  it("marks the failure that starts the waits and the one that locks, once each", () => {
    const crossings = Array.from({ length: 11 }, (_, i) => thresholdCrossed(account(i + 1)));
    expect(crossings.filter(Boolean)).toEqual(["delayed", "locked"]);
    expect(thresholdCrossed(account(3))).toBe("delayed");
  });
});

describe("admitting an attempt", () => {
  it("counts an admitted attempt as a failure until the password proves right", () => {
    const decision = admitAttempt([account(1), address(4)], AT);
    expect(decision.refusal).toBeNull();
    expect(decision.charged.map((state) => state.failures)).toEqual([2, 5]);
  });

  it("counts a refused attempt too, with the wait it starts", () => {
    const decision = admitAttempt([account(4), address(0)], later(1));
    expect(decision.refusal).toEqual({ reason: "tooManyAttempts", until: later(1 + 4) });
    expect(decision.charged.map((state) => state.failures)).toEqual([5, 1]);
  });

  it("writes nothing while a key is locked, so hammering never extends a lock", () => {
    const locked = failRepeatedly(account(0), 10);
    expect(admitAttempt([locked, address(0)], later(60))).toEqual({
      refusal: { reason: "accountLocked", until: locked.lockedUntil },
      charged: [],
    });
  });

  it("says the account is locked only for the account's own lock", () => {
    const lockedAddress = failRepeatedly(address(0), 50);
    expect(refusalOf([account(0), lockedAddress], AT)?.reason).toBe("tooManyAttempts");
    expect(refusalOf([account(0), address(0)], AT)).toBeNull();
  });
});
