import { Composer } from '../components/Composer';
import { Feed } from '../components/Feed';

export function HomePage() {
  return (
    <>
      <title>Home · Mini-LinkedIn</title>
      <h1 className="sr-only">Home</h1>
      <Composer />
      <Feed />
    </>
  );
}
