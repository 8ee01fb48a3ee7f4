/** A household around an applicant: partner, children, sometimes a parent. */
import { addDays, iso, type IsoDate } from './dates.js';
import * as fake from './fake.js';
import type { Rng } from './random.js';

export interface Member {
  person: fake.Person;
  /** relation to the applicant as forms print it */
  relation: string;
  income: boolean;
}

export function household(rng: Rng, applicant: fake.Person, today: IsoDate): Member[] {
  const members: Member[] = [];
  const size = rng.weighted([[1, 4], [2, 3], [3, 3], [4, 2], [5, 1], [6, 1]]);
  const birthYear = Number(applicant.birth.slice(0, 4));
  if (size >= 2 && rng.chance(0.6)) {
    const same = rng.chance(0.6);
    const partner = fake.person(rng, { gender: applicant.gender === 'f' ? 'm' : 'f', bornFrom: birthYear - 6, bornTo: Math.min(2005, birthYear + 6), last: same ? applicant.last : undefined });
    members.push({ person: partner, relation: rng.pick(same ? ['Ehegatte/Ehegattin', 'Ehemann', 'Ehefrau', 'Ehepartner'] : ['Lebenspartner/in', 'Partner/in', 'Lebensgefährte/-in']), income: rng.chance(0.6) });
  }
  while (members.length < size - 1) {
    if (rng.chance(0.08) && !members.some((m) => m.relation === 'Mutter' || m.relation === 'Vater')) {
      const parent = fake.person(rng, { bornFrom: 1935, bornTo: Math.max(1936, birthYear - 18) });
      members.push({ person: parent, relation: parent.gender === 'f' ? 'Mutter' : 'Vater', income: true });
      continue;
    }
    const from = Math.min(birthYear + 18, 2024);
    const to = Math.min(birthYear + 44, 2024);
    const y = rng.int(Math.max(from, to - 25), to);
    const child = fake.person(rng, { bornFrom: y, bornTo: y, last: applicant.last });
    if (child.birth > addDays(today, -30)) child.birth = iso(Number(today.slice(0, 4)) - 1, rng.int(1, 12), rng.int(1, 28));
    child.title = undefined;
    members.push({ person: child, relation: rng.pick(['Kind', 'Kind', child.gender === 'f' ? 'Tochter' : 'Sohn']), income: false });
  }
  return members;
}
