// npm run user -- add <email> --role merchant|support [--data <dir>]
// npm run user -- list | disable <email> | enable <email> | remove <email>
// Manages dashboard users in <data dir>/app.db. `add` asks for the password twice on a terminal,
// or reads it from stdin: `printf '%s' "$PASSWORD" | npm run user -- add ana@example.com --role support`.
import { userInfo } from "node:os";
import path from "node:path";
import { isRole, ROLES } from "@/lib/auth/roles";
import { DataRefusal } from "@/lib/server/refusal";
import { createAuthServices } from "@/lib/server/auth/services";
import * as admin from "@/lib/server/auth/user-admin";
import { parseFlags } from "./args";

const USAGE = `Usage:
  npm run user -- add <email> --role merchant|support [--data <dir>]   (password from the prompt or stdin)
  npm run user -- list [--data <dir>]
  npm run user -- disable|enable|remove <email> [--data <dir>]`;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

/** Reads a line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const stdin = process.stdin;
    process.stdout.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    let value = "";
    const onData = (data: Buffer) => {
      for (const char of data.toString("utf8")) {
        if (char === "\r" || char === "\n") {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off("data", onData);
          process.stdout.write("\n");
          resolve(value);
          return;
        }
        if (char === "\u0003") process.exit(130);
        if (char === "\u007f") value = value.slice(0, -1);
        else value += char;
      }
    };
    stdin.on("data", onData);
  });
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readStdin();
  const first = await promptHidden("Password (12+ characters): ");
  const second = await promptHidden("Repeat the password: ");
  if (first !== second) fail("The passwords don't match.");
  return first;
}

async function main() {
  const argv = process.argv.slice(2);
  const flags = parseFlags(argv);
  const positional = argv.filter(
    (arg, i) => !arg.startsWith("--") && !(i > 0 && argv[i - 1]!.startsWith("--") && !argv[i - 1]!.includes("=")),
  );
  const [command, email] = positional;
  if (typeof flags.data === "string") process.env.COUPON_DATA_DIR = path.resolve(flags.data);
  // DATABASE_URL (Postgres) or the data directory's app.db, as the app itself would open.
  const { appDb } = await import("@/lib/server/app-data/app-db");
  const services = createAuthServices(appDb());
  const actor = { id: null, email: `cli (${userInfo().username})` };
  const find = async (address: string | undefined) => {
    if (!address) fail(USAGE);
    return (await services.users.byEmail(address)) ?? fail(`No user has the email ${address}.`);
  };

  try {
    switch (command) {
      case "add": {
        if (!email) fail(USAGE);
        const role = flags.role;
        if (!isRole(role)) fail(`--role must be one of ${ROLES.join(", ")}.`);
        const user = await admin.addUser(services, actor, { email, role, password: await readPassword() });
        console.log(`Added ${user.role} ${user.email}.`);
        break;
      }
      case "list":
        for (const u of await services.users.list()) console.log(`${u.email}\t${u.role}\t${u.disabledAt ? "disabled" : "active"}`);
        break;
      case "disable":
        await admin.disableUser(services, actor, (await find(email)).id);
        console.log(`Disabled ${email}; their sessions ended.`);
        break;
      case "enable":
        await admin.enableUser(services, actor, (await find(email)).id);
        console.log(`Enabled ${email}.`);
        break;
      case "remove":
        await admin.removeUser(services, actor, (await find(email)).id);
        console.log(`Removed ${email}.`);
        break;
      default:
        fail(USAGE);
    }
  } catch (error) {
    if (error instanceof DataRefusal) {
      const details = Object.values(error.fieldErrors ?? {}).flat();
      fail([error.message, ...details].join(" "));
    }
    throw error;
  } finally {
    await services.sql.close();
  }
}

void main();
