import { describe, expect, it } from "vitest";
import { formActionIds, isCallableActionId, isRefusedActionHeader } from "./action-guard.mjs";

// Real ids from a build: a server action ("60…", top bit clear) and a "use cache" read ("c0…", top bit set).
const ACTION = "60091ffc37f2fb8067bfab50426ade97afd1bdf3ae";
const CACHED = "c0b9b72f3dcb6db23e0562b1b74bbbd167b517abf6";

describe("isCallableActionId", () => {
  it("accepts server actions and refuses 'use cache' functions and malformed ids", () => {
    expect(isCallableActionId(ACTION)).toBe(true);
    expect(isCallableActionId("002cb3c2350fd326162f3d18e470f569c90062d416")).toBe(true);
    expect(isCallableActionId(CACHED)).toBe(false);
    expect(isCallableActionId("801bf8c91518b30b05817deea811198823c847e2ff")).toBe(false);
    expect(isCallableActionId("")).toBe(false);
    expect(isCallableActionId(ACTION.toUpperCase())).toBe(false);
    expect(isCallableActionId(`${ACTION}0`)).toBe(false);
    expect(isCallableActionId("$1")).toBe(false);
  });
});

describe("isRefusedActionHeader", () => {
  it("lets requests without the header and with an action through, refuses the rest", () => {
    expect(isRefusedActionHeader(undefined)).toBe(false);
    expect(isRefusedActionHeader(ACTION)).toBe(false);
    expect(isRefusedActionHeader(CACHED)).toBe(true);
    expect(isRefusedActionHeader("x")).toBe(true);
    expect(isRefusedActionHeader([ACTION, CACHED])).toBe(true);
  });
});

describe("formActionIds", () => {
  const ids = (fields: Record<string, string>) => {
    const form = new Map(Object.entries(fields));
    return formActionIds(form.entries(), (name) => form.get(name));
  };

  it("finds ids named directly and ids inside bound-action metadata", () => {
    expect(ids({ [`$ACTION_ID_${CACHED}`]: "", judul: "x" })).toEqual([CACHED]);
    expect(ids({ $ACTION_REF_1: "", "$ACTION_1:0": JSON.stringify({ id: ACTION, bound: "$@1" }) })).toEqual([ACTION]);
  });

  it("returns what cannot be read as an id, so it is refused", () => {
    expect(ids({ $ACTION_REF_2: "", "$ACTION_2:0": '{"id":"$1"}' })).toEqual(["$1"]);
    expect(ids({ $ACTION_REF_3: "" })).toEqual([""]);
    expect(ids({ $ACTION_REF_4: "", "$ACTION_4:0": "{bukan json" })).toEqual([""]);
  });

  it("finds nothing in an ordinary form", () => {
    expect(ids({ login: "admin", password: "x" })).toEqual([]);
  });
});
