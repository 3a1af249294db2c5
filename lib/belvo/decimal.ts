// Belvo sends money as JSON numbers. JSON.parse yields the nearest double, and String() of a double
// is the shortest text that reads back as the same double: for amounts like 762.54 (well under 15
// significant digits) that is exactly the decimal Belvo wrote. We stop there and hand text onward so
// no arithmetic happens on the float; the database stores it as Decimal.

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/** Decimal text with at least two fraction digits ("762.5" → "762.50"), never rounded. */
export function toDecimalText(value: number | string): string {
  let text: string;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError("Amount is not a finite number");
    text = String(value);
    if (text.includes("e")) text = value.toFixed(20).replace(/0+$/, "");
  } else {
    text = value.trim();
  }
  if (!PLAIN_DECIMAL.test(text.replace(/\.$/, "")))
    throw new RangeError("Amount is not decimal text");
  const [whole, fraction = ""] = text.split(".");
  return `${whole}.${fraction.padEnd(2, "0")}`;
}
