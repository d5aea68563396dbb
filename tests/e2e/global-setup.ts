import { buildFixtures } from '../fixtures/sites/build';

export default async function globalSetup() {
  await buildFixtures();
}
