/** Review and verification dates: when a date is getting old (warning) and when it is too old (error). */
import {freshness, type CountryFile} from './schema';
import {organizationsDir, monthsSince} from './organizations';
import type {ContentIssue} from './issues';

export function ageIssue(file: string, where: string, date: string, today: Date, what: string): ContentIssue | undefined {
  const months = monthsSince(date, today);
  if (months < 0) {
    return {severity: 'error', file, where, message: `${date} is in the future`, fix: `write the day you ${what}`};
  }
  if (months >= freshness.failAfterMonths) {
    return {
      severity: 'error',
      file,
      where,
      message: `${date} is ${months} months ago, past the ${freshness.failAfterMonths}-month limit`,
      fix: `${what} again against its source, then set today's date`,
    };
  }
  if (months >= freshness.warnAfterMonths) {
    return {
      severity: 'warning',
      file,
      where,
      message: `${date} is ${months} months ago; ${freshness.warnAfterMonths} months is when to look again`,
      fix: `${what} again soon`,
    };
  }
  return undefined;
}

/** Every entry's and emergency number's `checked.date`, by age: read again before it is a year old. */
export function verificationIssues(countries: CountryFile[], today: Date): ContentIssue[] {
  return countries.flatMap((country) => {
    const file = `${organizationsDir}/${country.country.toLowerCase()}.yaml`;
    const emergency = country.emergency
      ? ageIssue(file, 'emergency.checked.date', country.emergency.checked.date, today, 'check the emergency number')
      : undefined;
    const entries = country.organizations.map((org, index) =>
      ageIssue(file, `organizations[${index}].checked.date (id ${org.id})`, org.checked.date, today, 'check this entry'),
    );
    return [emergency, ...entries].filter((issue): issue is ContentIssue => issue !== undefined);
  });
}
