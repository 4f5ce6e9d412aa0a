import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {LocalChecked} from '@site/src/content/organizations';
import {formatDate} from '@site/src/content/format';

/**
 * What a date on the directory means, said to readers and agents alike: what kind of page the details come from
 * (the weakest kind decides) and that they were read on that day. Never "verified": nothing was dialled.
 * Each wording is its own <Translate> so the ids are found when strings are extracted.
 */
function organizationWording(basis: LocalChecked['basis'], date: ReactNode): ReactNode {
  switch (basis) {
    case 'own':
      return (
        <Translate id="organizations.checked.own" description="Where an organization's details come from: only its own site" values={{date}}>
          {"Details from the organization's own site, read {date}."}
        </Translate>
      );
    case 'official':
      return (
        <Translate
          id="organizations.checked.official"
          description="Where an organization's details come from: official sites, a government page among them"
          values={{date}}
        >
          {'Details from official sites (the organization’s or the government’s), read {date}.'}
        </Translate>
      );
    case 'official-and-press':
      return (
        <Translate
          id="organizations.checked.officialAndPress"
          description="Where an organization's details come from: official sites and news reports"
          values={{date}}
        >
          {'Details from official sites and from news reports, read {date}.'}
        </Translate>
      );
    case 'press':
      return (
        <Translate id="organizations.checked.press" description="Where an organization's details come from: news reports only" values={{date}}>
          {"From news reports only, read {date}. Not yet confirmed on the organization's own site."}
        </Translate>
      );
  }
}

function emergencyWording(basis: LocalChecked['basis'], date: ReactNode): ReactNode {
  switch (basis) {
    case 'own':
      return (
        <Translate id="organizations.emergencyChecked.own" description="Where an emergency number comes from: the emergency service's own site" values={{date}}>
          {"Number from the emergency service's own site, read {date}."}
        </Translate>
      );
    case 'official':
      return (
        <Translate id="organizations.emergencyChecked.official" description="Where an emergency number comes from: official sites" values={{date}}>
          {'Number from official sites, read {date}.'}
        </Translate>
      );
    case 'official-and-press':
      return (
        <Translate
          id="organizations.emergencyChecked.officialAndPress"
          description="Where an emergency number comes from: official sites and news reports"
          values={{date}}
        >
          {'Number from official sites and news reports, read {date}.'}
        </Translate>
      );
    case 'press':
      return (
        <Translate id="organizations.emergencyChecked.press" description="Where an emergency number comes from: news reports only" values={{date}}>
          {'Number from news reports only, read {date}. Not confirmed on an official site.'}
        </Translate>
      );
  }
}

/**
 * The sentence with its date, as a <time> machines can read. A paragraph in an organization's card; a span beside
 * an emergency number, whose <EmergencyNumber> is a span, where a paragraph is not allowed (its flex layout puts
 * the sentence on a line of its own all the same).
 */
export default function Checked({checked, of, className}: {checked: LocalChecked; of: 'organization' | 'emergency'; className?: string}) {
  const {i18n} = useDocusaurusContext();
  const date = <time dateTime={checked.date}>{formatDate(checked.date, i18n.currentLocale)}</time>;
  const Sentence = of === 'organization' ? 'p' : 'span';
  return (
    <Sentence className={className} data-checked={checked.basis}>
      {of === 'organization' ? organizationWording(checked.basis, date) : emergencyWording(checked.basis, date)}
    </Sentence>
  );
}
