/**
 * Short, stable links that agents can share or read aloud: /s/<code>, and /es/s/<code> in each locale.
 * A code, once published, never changes or moves to another page; add new ones, never reuse old ones.
 */
export const shortLinks = {
  sp: '/safety-planning',
  mon: '/is-someone-monitoring-me',
  sw: '/stalkerware',
  acc: '/account-hijacking',
  loc: '/location-tracking',
  np: '/new-phone',
  pw: '/passwords',
  ev: '/documenting-evidence',
  help: '/get-help',
  priv: '/privacy',
  told: '/who-gets-told',
  sm: '/social-media',
  har: '/harassment',
  ia: '/image-abuse',
  home: '/smart-home',
  kids: '/children',
  car: '/cars',
  pc: '/computers',
  money: '/money',
} as const satisfies Record<string, `/${string}`>;

type ShortCode = keyof typeof shortLinks;

export function shortCodeFor(route: string): ShortCode | undefined {
  return (Object.keys(shortLinks) as ShortCode[]).find((code) => shortLinks[code] === route);
}
