// tsx --conditions=react-server e2e/support/insert-coupon.ts <data dir> '<specification json>'
// Test helper: adds one coupon to the embedded store of a running e2e server and prints its id.
import path from 'node:path';
import { SqliteCouponStore } from '@/lib/server/store/coupon-store';
import { openDatabase } from '@/lib/server/store/database';

const [dataDir, json] = process.argv.slice(2);
const db = openDatabase(path.join(path.resolve(dataDir!), 'coupons.db'));
const coupon = new SqliteCouponStore(db).createSync(JSON.parse(json!));
process.stdout.write(coupon.id);
db.close();
