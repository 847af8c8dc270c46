// What one import takes, and the one message for each file it won't take. The browser checks a
// file before sending it and the server checks it again, with these same functions and words.

/** 2 MB: about 5,000 coupons in the export's widest shape. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5_000;
export const MAX_FILE_NAME = 200;

const count = (n: number) => n.toLocaleString("en-US");
/** Rounded up, so a file just over the limit doesn't read as "2 MB". */
const megabytes = (bytes: number) => `${(Math.ceil(bytes / 104_857.6) / 10).toLocaleString("en-US")} MB`;

export const FILE_PROBLEMS = {
  tooLarge: (bytes?: number) =>
    `${bytes === undefined ? "This file is larger than 2 MB" : `This file is ${megabytes(bytes)}`}; an import takes files up to ` +
    `${megabytes(MAX_IMPORT_BYTES)} (about ${count(MAX_IMPORT_ROWS)} coupons). Split it into smaller files.`,
  tooManyRows: (rows: number) =>
    `This file has ${count(rows)} rows; an import takes at most ${count(MAX_IMPORT_ROWS)} at a time. Split it into smaller files.`,
  notUtf8: "This file isn't UTF-8 text: in Excel, save it as “CSV UTF-8”.",
  notText: "This file isn't a CSV (it holds binary data): in Excel, save it as “CSV UTF-8”.",
  workbook: "This is a spreadsheet workbook, not a CSV: in Excel, choose Save As › “CSV UTF-8”, and import that file.",
  empty: "This file is empty: export coupons from the table, or start from the template.",
  noRows: "This file has a header row but no coupons below it.",
} as const;

/** A workbook picked by mistake is named for what it is before its bytes say so. */
export function checkFileName(name: string): string | null {
  return /\.(xlsx|xlsm|xls|numbers|ods)$/i.test(name.trim()) ? FILE_PROBLEMS.workbook : null;
}

export function checkFileSize(bytes: number): string | null {
  if (bytes === 0) return FILE_PROBLEMS.empty;
  return bytes > MAX_IMPORT_BYTES ? FILE_PROBLEMS.tooLarge(bytes) : null;
}

/** The browser's read: UTF-8 or nothing (a byte-order mark is dropped, as Excel's “CSV UTF-8” writes one). */
export function decodeUtf8(bytes: ArrayBuffer | Uint8Array): { text: string } | { problem: string } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { problem: FILE_PROBLEMS.notUtf8 };
  }
}

/**
 * The server's read of text that came as a string: its size in UTF-8, and signs that it was never
 * UTF-8 text (a replacement character left by a lenient decoder, NUL bytes from a binary file).
 */
export function checkImportText(text: string): string | null {
  const bytes = new TextEncoder().encode(text).length;
  const size = checkFileSize(bytes);
  if (size) return size;
  if (text.includes("\u0000")) return FILE_PROBLEMS.notText;
  if (text.includes("\uFFFD")) return FILE_PROBLEMS.notUtf8;
  return null;
}
