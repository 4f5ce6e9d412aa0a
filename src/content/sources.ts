/**
 * Who a source belongs to. A guide's Sources must include pages from the owners of what it describes (the vendor, the
 * organization itself, a government), not only other sites' accounts of them, and never a placeholder address.
 */

/** Vendors whose own help pages our guides cite. A host matches a domain or any subdomain of it. */
const vendorDomains = [
  'amazon.com',
  'android.com',
  'apple.com',
  'blog.google',
  'bmwusa.com',
  'chevrolet.com',
  'facebook.com',
  'fitbit.com',
  'ford.co.nz',
  'ford.co.za',
  'ford.com',
  'ford.com.au',
  'ford.com.ph',
  'gm.com',
  'google.com',
  'instagram.com',
  'meta.com',
  'microsoft.com',
  'nintendo.com',
  'ring.com',
  'samsung.com',
  'snapchat.com',
  'strava.com',
  'telegram.org',
  'tesla.com',
  'tiktok.com',
  'venmo.com',
  'whatsapp.com',
  'x.com',
  // Phone carriers: their own pages for plans, numbers and account PINs.
  'boostmobile.com',
  't-mobile.com',
] as const;

/** Government hosts: .gov and .mil, and the national forms (gov.uk, gouv.fr, gob.es, gc.ca, europa.eu, ...). */
const governmentHost = /(?:^|\.)(?:gov|mil)$|(?:^|\.)(?:gov|gouv|gob|govt|gv)\.[a-z]{2}$|(?:^|\.)(?:gc\.ca|europa\.eu|admin\.ch|belgium\.be|bund\.de)$/;

/** Reserved for examples and tests (RFC 2606, RFC 6761): a source there is a placeholder, never a page anyone read. */
const exampleHost = /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost)$|^(?:127\.0\.0\.1|\[::1\])$/;

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

function withinDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

export function isExampleAddress(url: string): boolean {
  const host = hostOf(url);
  return host !== undefined && exampleHost.test(host);
}

/**
 * Whether a source is the owner's own page: a vendor's, a government's, or that of an organization in our directory
 * (`organizationHosts`, from each entry's website).
 */
export function isOwnerSource(url: string, organizationHosts: ReadonlySet<string>): boolean {
  const host = hostOf(url);
  if (!host || isExampleAddress(url)) return false;
  const bare = host.replace(/^www\./, '');
  return (
    vendorDomains.some((domain) => withinDomain(bare, domain)) ||
    governmentHost.test(bare) ||
    [...organizationHosts].some((domain) => withinDomain(bare, domain))
  );
}
