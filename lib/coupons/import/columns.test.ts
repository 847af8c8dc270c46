// Headers: the export's own (any case, dates with their zone) and the minimal shape are read; a file
// without Code, with a column twice, an unknown column or an unknown zone is refused in one sentence.
import { describe, expect, it } from "vitest";
import { columnLetter, mapHeader } from "./columns";

const header = (cells: string[]) => {
  const mapped = mapHeader(cells);
  if (!mapped.ok) throw new Error(mapped.problem);
  return mapped.header;
};
const problem = (cells: string[]) => {
  const mapped = mapHeader(cells);
  return mapped.ok ? null : mapped.problem;
};

describe("mapHeader", () => {
  it("reads the export's header, skipping what an import can't set, and the zones it names", () => {
    const read = header([
      "\uFEFFCode",
      "Name",
      "Type",
      "Applies to",
      "Status",
      "Uses",
      "Usage limit",
      "Starts (America/New_York)",
      "Ends (Europe/Berlin)",
      "ID",
      "Created (Europe/Berlin)",
      "Created by app",
      "Expired",
      "Item",
    ]);
    expect(read.columns).toEqual([
      "code",
      "name",
      "type",
      "scope",
      null,
      null,
      "usageLimit",
      "startTime",
      "expirationTime",
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(read.zones).toEqual({ startTime: "America/New_York", expirationTime: "Europe/Berlin" });
  });

  it("reads the minimal shape in any case", () => {
    expect(header(["code", "NAME", " percent  off "]).columns).toEqual(["code", "name", "percentOffRate"]);
  });

  it("refuses a file without the columns a coupon needs", () => {
    expect(problem(["coupon", "name", "percent off"])).toMatch(/^The file has no “Code” column/);
    expect(problem(["code", "percent off"])).toMatch(/^The file has no “Name” column/);
    expect(problem(["code", "name", "starts"])).toMatch(/^The file has no column saying what the discount is: add “Type” or/);
  });

  it("names a column that is there twice, or that it doesn't know, by its letter", () => {
    const withFourth = (fourth: string) => problem(["Code", "Name", "Percent off", fourth]);
    expect(withFourth("code")).toBe("The column “Code” is in the file twice (columns A and D): keep one.");
    expect(withFourth("Notes")).toMatch(/^The import doesn't know the column “Notes” \(column D\): remove it, or name it as one of/);
    expect(withFourth("Starts (Mars/Olympus)")).toMatch(/“Starts \(Mars\/Olympus\)” names a time zone there is no such thing as/);
  });

  it("letters columns as spreadsheets do", () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA"]);
  });
});
