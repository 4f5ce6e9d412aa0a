import {usePluginData} from '@docusaurus/useGlobalData';
import type {OrganizationsGlobalData} from '@site/src/plugins/organizations';

/** The organizations directory, already in the reader's locale (see src/plugins/organizations). */
export function useOrganizations(): OrganizationsGlobalData {
  return usePluginData('organizations') as OrganizationsGlobalData;
}
