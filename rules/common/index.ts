/**
 * The UK baseline pack, one file per rule (rules/common/<category>/<rule-id>.json) and one per
 * vocabulary (rules/common/vocab/<name>.json: a described list that rules use as "@name").
 * A new rule is one new file plus one line in RULES; a new vocabulary, one file plus one line in VOCAB.
 */
import pack from './pack.json';
import v_employer from './vocab/employer.json';
import v_employerExclude from './vocab/employer-exclude.json';
import v_disclaimerPhrases from './vocab/disclaimer-phrases.json';
import v_workContext from './vocab/work-context.json';
import v_serviceUsers from './vocab/service-users.json';
import v_targets from './vocab/targets.json';
import v_photo from './vocab/photo.json';
import v_contactOnline from './vocab/contact-online.json';
import v_parties from './vocab/parties.json';
import v_opinion from './vocab/opinion.json';
import v_insults from './vocab/insults.json';
import v_slurs from './vocab/slurs.json';
import v_firstNames from './vocab/first-names.json';
import v_personRefs from './vocab/person-refs.json';
import v_personalCircumstances from './vocab/personal-circumstances.json';
import v_complaints from './vocab/complaints.json';
import v_commercial from './vocab/commercial.json';
import v_businesses from './vocab/businesses.json';
import v_services from './vocab/services.json';
import v_changes from './vocab/changes.json';
import v_workRefs from './vocab/work-refs.json';
import v_negativeIdioms from './vocab/negative-idioms.json';
import v_people from './vocab/people.json';
import v_negativeTraits from './vocab/negative-traits.json';
import v_safeguardingRisk from './vocab/safeguarding-risk.json';
import v_competitions from './vocab/competitions.json';
import v_givenNames from './vocab/given-names';
import v_publishedSources from './vocab/published-sources.json';
import v_ownIdentifier from './vocab/own-identifier.json';
import r_personalDataFullNameDetail from './personal-data/personal-data.full-name-detail.json';
import r_disclaimerPersonalViews from './disclaimer/disclaimer.personal-views.json';
import r_disclaimerSelfIdentified from './disclaimer/disclaimer.self-identified.json';
import r_confidentialProtectiveMarking from './confidential/confidential.protective-marking.json';
import r_confidentialMarking from './confidential/confidential.marking.json';
import r_confidentialMarkedInformation from './confidential/confidential.marked-information.json';
import r_confidentialInsiderInformation from './confidential/confidential.insider-information.json';
import r_confidentialInternalDocuments from './confidential/confidential.internal-documents.json';
import r_confidentialSecurityCredentials from './confidential/confidential.security-credentials.json';
import r_confidentialScreenshot from './confidential/confidential.screenshot.json';
import r_personalDataEmail from './personal-data/personal-data.email.json';
import r_personalDataPhone from './personal-data/personal-data.phone.json';
import r_personalDataNino from './personal-data/personal-data.nino.json';
import r_personalDataNhsNumber from './personal-data/personal-data.nhs-number.json';
import r_personalDataNhsNumberLabelled from './personal-data/personal-data.nhs-number-labelled.json';
import r_personalDataDateOfBirth from './personal-data/personal-data.date-of-birth.json';
import r_personalDataPostcodeAddress from './personal-data/personal-data.postcode-address.json';
import r_personalDataHomeAddress from './personal-data/personal-data.home-address.json';
import r_personalDataCaseDetails from './personal-data/personal-data.case-details.json';
import r_personalDataNamedIndividual from './personal-data/personal-data.named-individual.json';
import r_personalDataNamedMemberOfPublic from './personal-data/personal-data.named-member-of-public.json';
import r_personalDataNamedPersonCircumstances from './personal-data/personal-data.named-person-circumstances.json';
import r_safeguardingServiceUserImages from './safeguarding/safeguarding.service-user-images.json';
import r_safeguardingOnlineRelationship from './safeguarding/safeguarding.online-relationship.json';
import r_safeguardingPersonIWorkWith from './safeguarding/safeguarding.person-i-work-with.json';
import r_safeguardingVulnerablePerson from './safeguarding/safeguarding.vulnerable-person.json';
import r_politicalParty from './political/political.party.json';
import r_politicalCampaigning from './political/political.campaigning.json';
import r_politicalContentious from './political/political.contentious.json';
import r_politicalPreElectionCouncil from './political/political.pre-election-council.json';
import r_offensiveProfanity from './offensive/offensive.profanity.json';
import r_offensiveMaskedSwearing from './offensive/offensive.masked-swearing.json';
import r_offensiveInsult from './offensive/offensive.insult.json';
import r_offensiveAboutPeople from './offensive/offensive.about-people.json';
import r_offensiveNegativeAboutPeople from './offensive/offensive.negative-about-people.json';
import r_offensiveIntensifiedInsult from './offensive/offensive.intensified-insult.json';
import r_offensiveSlur from './offensive/offensive.slur.json';
import r_offensiveDehumanising from './offensive/offensive.dehumanising.json';
import r_offensiveThreat from './offensive/offensive.threat.json';
import r_offensiveCouncilDismissive from './offensive/offensive.council-dismissive.json';
import r_accessibilityCamelcaseHashtags from './accessibility/accessibility.camelcase-hashtags.json';
import r_accessibilityManyHashtags from './accessibility/accessibility.many-hashtags.json';
import r_accessibilityLongSentence from './accessibility/accessibility.long-sentence.json';
import r_accessibilityPlainEnglish from './accessibility/accessibility.plain-english.json';
import r_grievanceAboutWork from './grievance/grievance.about-work.json';
import r_grievanceWorkplaceConditions from './grievance/grievance.workplace-conditions.json';
import r_grievanceNegativeAboutWork from './grievance/grievance.negative-about-work.json';
import r_announcementUnofficial from './announcement/announcement.unofficial.json';
import r_announcementServiceChange from './announcement/announcement.service-change.json';
import r_announcementSpeakingForCouncil from './announcement/announcement.speaking-for-council.json';
import r_advertisingThirdParty from './advertising/advertising.third-party.json';
import r_advertisingBusinessPromotion from './advertising/advertising.business-promotion.json';
import r_advertisingDiscountOffer from './advertising/advertising.discount-offer.json';
import r_disclaimerModel from './disclaimer/disclaimer.model.json';
import r_confidentialModel from './confidential/confidential.model.json';
import r_personalDataModel from './personal-data/personal-data.model.json';
import r_safeguardingModel from './safeguarding/safeguarding.model.json';
import r_politicalModel from './political/political.model.json';
import r_offensiveModel from './offensive/offensive.model.json';
import r_grievanceModel from './grievance/grievance.model.json';
import r_announcementModel from './announcement/announcement.model.json';
import r_advertisingModel from './advertising/advertising.model.json';
import r_advertisingRoleEndorsement from './advertising/advertising.role-endorsement.json';

export const VOCABULARIES: Record<string, { description: string; terms: string[] }> = {
  'employer': v_employer,
  'employer-exclude': v_employerExclude,
  'disclaimer-phrases': v_disclaimerPhrases,
  'work-context': v_workContext,
  'service-users': v_serviceUsers,
  'targets': v_targets,
  'photo': v_photo,
  'contact-online': v_contactOnline,
  'parties': v_parties,
  'opinion': v_opinion,
  'insults': v_insults,
  'slurs': v_slurs,
  'first-names': v_firstNames,
  'person-refs': v_personRefs,
  'personal-circumstances': v_personalCircumstances,
  'complaints': v_complaints,
  'commercial': v_commercial,
  'businesses': v_businesses,
  'services': v_services,
  'changes': v_changes,
  'work-refs': v_workRefs,
  'negative-idioms': v_negativeIdioms,
  'people': v_people,
  'negative-traits': v_negativeTraits,
  'safeguarding-risk': v_safeguardingRisk,
  competitions: v_competitions,
  'given-names': v_givenNames,
  'published-sources': v_publishedSources,
  'own-identifier': v_ownIdentifier,
};

const RULES: unknown[] = [
  // Before the broader cue rule: where both match, the finding names the stronger reason.
  r_disclaimerSelfIdentified,
  r_disclaimerPersonalViews,
  r_confidentialProtectiveMarking,
  r_confidentialMarking,
  r_confidentialMarkedInformation,
  r_confidentialInsiderInformation,
  r_confidentialInternalDocuments,
  r_confidentialSecurityCredentials,
  r_confidentialScreenshot,
  r_personalDataEmail,
  r_personalDataPhone,
  r_personalDataNino,
  r_personalDataNhsNumber,
  r_personalDataNhsNumberLabelled,
  r_personalDataDateOfBirth,
  r_personalDataPostcodeAddress,
  r_personalDataHomeAddress,
  r_personalDataCaseDetails,
  r_personalDataNamedIndividual,
  r_personalDataNamedMemberOfPublic,
  r_personalDataNamedPersonCircumstances,
  r_safeguardingServiceUserImages,
  r_safeguardingOnlineRelationship,
  r_safeguardingPersonIWorkWith,
  r_safeguardingVulnerablePerson,
  r_politicalParty,
  r_politicalCampaigning,
  r_politicalContentious,
  r_politicalPreElectionCouncil,
  r_offensiveProfanity,
  r_offensiveMaskedSwearing,
  r_offensiveInsult,
  r_offensiveAboutPeople,
  r_offensiveNegativeAboutPeople,
  r_offensiveIntensifiedInsult,
  r_offensiveSlur,
  r_offensiveDehumanising,
  r_offensiveThreat,
  r_offensiveCouncilDismissive,
  r_grievanceAboutWork,
  r_grievanceWorkplaceConditions,
  r_grievanceNegativeAboutWork,
  r_announcementUnofficial,
  r_announcementServiceChange,
  r_announcementSpeakingForCouncil,
  r_advertisingThirdParty,
  r_advertisingBusinessPromotion,
  r_advertisingDiscountOffer,
  // Accessibility guidance for public-sector posts: notes for council accounts only.
  r_accessibilityCamelcaseHashtags,
  r_accessibilityManyHashtags,
  r_accessibilityLongSentence,
  r_accessibilityPlainEnglish,
  r_disclaimerModel,
  r_confidentialModel,
  r_personalDataFullNameDetail,
  r_personalDataModel,
  r_safeguardingModel,
  r_politicalModel,
  r_offensiveModel,
  r_grievanceModel,
  r_announcementModel,
  r_advertisingModel,
  r_advertisingRoleEndorsement,
];

export default {
  ...pack,
  vocab: Object.fromEntries(Object.entries(VOCABULARIES).map(([name, list]) => [name, list.terms])),
  uninflected: ['given-names'],
  rules: RULES,
};
