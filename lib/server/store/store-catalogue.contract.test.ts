import { describeCatalogueContract } from "@/lib/testing/catalogue-contract";
import { memoryStore } from "@/lib/testing/store-harness";
import { StoreCatalogueGateway } from "./store-catalogue";

describeCatalogueContract("embedded catalogue", async () => ({ catalogue: new StoreCatalogueGateway(memoryStore().catalogue) }));
