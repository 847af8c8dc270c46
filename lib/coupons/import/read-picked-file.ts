// The browser's first look at a picked file, before anything is sent: its name, its size, UTF-8 or
// not, and whether it reads as coupons at all (header, number of rows). The server checks it again.
import { checkFileName, checkFileSize, checkImportText, decodeUtf8 } from "./limits";
import { readImportFile } from "./read-file";

export type PickedFile = { ok: true; fileName: string; text: string; rows: number } | { ok: false; problem: string };

export async function readPickedFile(file: Pick<File, "name" | "size" | "arrayBuffer">): Promise<PickedFile> {
  const early = checkFileName(file.name) ?? checkFileSize(file.size);
  if (early) return { ok: false, problem: early };
  const decoded = decodeUtf8(await file.arrayBuffer());
  if ("problem" in decoded) return { ok: false, problem: decoded.problem };
  const problem = checkImportText(decoded.text);
  if (problem) return { ok: false, problem };
  const read = readImportFile(decoded.text);
  if (!read.ok) return { ok: false, problem: read.problem };
  return { ok: true, fileName: file.name, text: decoded.text, rows: read.file.records.length };
}
