/**
 * Risk and protective factors for the recruitment of young people into organised crime, for a coach's
 * sealed record only: never shown outside the coach's organisation.
 */

/** Where the list comes from; show it wherever the list is shown. */
export const RISK_FACTORS_SOURCE =
  'De Boer, Ferwerda & Kuppens (Bureau Beke, 2022), "Do or Don\'t", as summarised in annex 1 of Kuppens, Kathmann & Ferwerda ' +
  '(Bureau Beke / WODC, 2022), "Stop de in- en doorgroei"';

export interface RiskFactor {
  /** Stable code, derived from the English label. */
  code: string;
  kind: 'risk' | 'protective';
  /** The report's (Dutch) category. */
  category: string;
  /** The report's wording. */
  labelNl: string;
  /** A translation. */
  labelEn: string;
  /**
   * founded: named in at least three studies; plausible: in at most two.
   * none: the list gives no grade (every protective factor).
   */
  evidence: 'founded' | 'plausible' | 'none';
  /** Who the factor was found for: general, youth, mainly youth, women, money mules. */
  group: string;
}

/** The factors, in the order of the source table. */
export const RISK_FACTORS: readonly RiskFactor[] = [
  { code: 'being_male', kind: 'risk', category: 'persoonlijk', evidence: 'founded', group: 'general',
    labelNl: 'Man-zijn',
    labelEn: 'Being male' },
  { code: 'family_emotional_ties_organised_crime', kind: 'risk', category: 'persoonlijk', evidence: 'plausible', group: 'women',
    labelNl: 'Familiebanden en emotionele relaties met personen in georganiseerde criminaliteit',
    labelEn: 'Family ties and emotional relationships with people in organised crime' },
  { code: 'older_than_offender_population', kind: 'risk', category: 'persoonlijk', evidence: 'founded', group: 'general',
    labelNl: 'Hogere leeftijd t.o.v. de algemene populatie veroordeelden',
    labelEn: 'Older than the general population of convicted offenders' },
  { code: 'marginalised', kind: 'risk', category: 'persoonlijk', evidence: 'plausible', group: 'general',
    labelNl: 'Gemarginaliseerd worden',
    labelEn: 'Being marginalised' },
  { code: 'antisocial_traits', kind: 'risk', category: 'psychologisch', evidence: 'founded', group: 'general',
    labelNl: 'Antisociale persoonlijkheidskenmerken',
    labelEn: 'Antisocial personality traits' },
  { code: 'low_self_control', kind: 'risk', category: 'psychologisch', evidence: 'plausible', group: 'general',
    labelNl: 'Lage zelfcontrole',
    labelEn: 'Low self-control' },
  { code: 'disillusioned_about_future', kind: 'risk', category: 'psychologisch', evidence: 'plausible', group: 'youth',
    labelNl: 'Gevoel van desillusie over de toekomst',
    labelEn: 'Disillusionment about the future' },
  { code: 'criminal_background', kind: 'risk', category: 'criminaliteit', evidence: 'founded', group: 'general',
    labelNl: 'Een criminele achtergrond',
    labelEn: 'A criminal background' },
  { code: 'willing_to_use_violence', kind: 'risk', category: 'criminaliteit', evidence: 'plausible', group: 'general',
    labelNl: 'De bereidheid om geweld toe te passen',
    labelEn: 'Willingness to use violence' },
  { code: 'drug_convictions', kind: 'risk', category: 'criminaliteit', evidence: 'plausible', group: 'general',
    labelNl: 'Het hebben van drugsveroordelingen',
    labelEn: 'Drug convictions' },
  { code: 'detention_history', kind: 'risk', category: 'criminaliteit', evidence: 'plausible', group: 'general',
    labelNl: 'Het hebben van een detentiegeschiedenis',
    labelEn: 'A history of detention' },
  { code: 'problematic_youth_group', kind: 'risk', category: 'criminaliteit', evidence: 'plausible', group: 'youth',
    labelNl: 'Deelname aan een ernstige problematische jeugdgroep of -netwerk',
    labelEn: 'Member of a seriously problematic youth group or network' },
  { code: 'violent_offences_youth', kind: 'risk', category: 'criminaliteit', evidence: 'plausible', group: 'youth',
    labelNl: 'Het plegen van geweldsdelicten tijdens jeugd of adolescentie',
    labelEn: 'Violent offences in childhood or adolescence' },
  { code: 'criminal_skills', kind: 'risk', category: 'criminaliteit', evidence: 'founded', group: 'general',
    labelNl: 'In het bezit zijn van criminele vaardigheden',
    labelEn: 'Criminal skills' },
  { code: 'criminal_reputation', kind: 'risk', category: 'criminaliteit', evidence: 'plausible', group: 'general',
    labelNl: 'Een criminele reputatie hebben',
    labelEn: 'A criminal reputation' },
  { code: 'drug_use', kind: 'risk', category: 'levensstijl', evidence: 'founded', group: 'mainly youth',
    labelNl: 'Drugsgebruik',
    labelEn: 'Drug use' },
  { code: 'crime_attractive_lifestyle', kind: 'risk', category: 'levensstijl', evidence: 'plausible', group: 'youth',
    labelNl: 'Het idee dat criminele groepen een aantrekkelijke levensstijl en snel geld bieden',
    labelEn: 'Belief that criminal groups offer an attractive lifestyle and easy money' },
  { code: 'soft_drugs_negative_peers_dropout', kind: 'risk', category: 'levensstijl', evidence: 'plausible', group: 'youth',
    labelNl: 'Softdrugsgebruik met negatieve vrienden en voortijdig schoolverlaten',
    labelEn: 'Soft-drug use with negative peers and early school leaving' },
  { code: 'school_money_drug_problems', kind: 'risk', category: 'levensstijl', evidence: 'plausible', group: 'youth',
    labelNl: 'Problematiek op school, op financieel en/of drugsgebied',
    labelEn: 'Problems at school, with money and/or drugs' },
  { code: 'introduced_by_criminal_group_member', kind: 'risk', category: 'sociale bindingen', evidence: 'plausible', group: 'general',
    labelNl: 'Geïntroduceerd worden door een lid van een georganiseerde criminele groep',
    labelEn: 'Introduced by a member of an organised criminal group' },
  { code: 'family_ties_organised_crime', kind: 'risk', category: 'sociale bindingen', evidence: 'founded', group: 'general',
    labelNl: 'Familiebanden binnen georganiseerde criminaliteit',
    labelEn: 'Family ties within organised crime' },
  { code: 'friends_ties_organised_crime', kind: 'risk', category: 'sociale bindingen', evidence: 'founded', group: 'general',
    labelNl: 'Banden met vrienden en kennissen binnen georganiseerde criminaliteit',
    labelEn: 'Ties with friends and acquaintances within organised crime' },
  { code: 'role_models_organised_crime', kind: 'risk', category: 'sociaal overig', evidence: 'plausible', group: 'general',
    labelNl: 'Rolmodellen binnen de georganiseerde criminaliteit',
    labelEn: 'Role models within organised crime' },
  { code: 'neighbourhood_criminal_group', kind: 'risk', category: 'sociaal overig', evidence: 'plausible', group: 'general',
    labelNl: 'Wonen in een buurt waar een georganiseerde criminele groep opereert',
    labelEn: 'Living where an organised criminal group operates' },
  { code: 'wanting_to_belong', kind: 'risk', category: 'sociaal overig', evidence: 'plausible', group: 'general',
    labelNl: 'Het gevoel van erbij horen',
    labelEn: 'Wanting to belong' },
  { code: 'lack_of_social_control', kind: 'risk', category: 'sociaal overig', evidence: 'plausible', group: 'general',
    labelNl: 'Een gebrek aan sociale controle',
    labelEn: 'Lack of social control' },
  { code: 'unstable_family', kind: 'risk', category: 'sociaal overig', evidence: 'plausible', group: 'general',
    labelNl: 'Opgroeien in een minder stabiele gezinssituatie',
    labelEn: 'Growing up in a less stable family' },
  { code: 'low_education', kind: 'risk', category: 'opleiding en werk', evidence: 'founded', group: 'general',
    labelNl: 'Een laag opleidingsniveau',
    labelEn: 'Low level of education' },
  { code: 'low_socioeconomic_status', kind: 'risk', category: 'opleiding en werk', evidence: 'plausible', group: 'general',
    labelNl: 'Lage sociaal-economische status',
    labelEn: 'Low socio-economic status' },
  { code: 'debts', kind: 'risk', category: 'opleiding en werk', evidence: 'plausible', group: 'general',
    labelNl: 'Schuldenproblematiek',
    labelEn: 'Debts' },
  { code: 'lack_of_employment', kind: 'risk', category: 'opleiding en werk', evidence: 'plausible', group: 'general',
    labelNl: 'Gebrek aan werkgelegenheid',
    labelEn: 'Lack of employment' },
  { code: 'specific_work_conditions', kind: 'risk', category: 'opleiding en werk', evidence: 'founded', group: 'general',
    labelNl: 'Het hebben van specifiek werk (werkomstandigheden)',
    labelEn: 'Specific work (working conditions)' },
  { code: 'work_ties_organised_crime', kind: 'risk', category: 'opleiding en werk', evidence: 'founded', group: 'general',
    labelNl: 'Een werkomgeving waarin sociale banden met personen in de georganiseerde criminaliteit ontstaan',
    labelEn: 'A work environment where ties with people in organised crime arise' },
  { code: 'financially_vulnerable', kind: 'risk', category: 'rol', evidence: 'plausible', group: 'money mules',
    labelNl: 'Financieel kwetsbaar zijn',
    labelEn: 'Financially vulnerable' },
  { code: 'able_to_reflect', kind: 'protective', category: 'beschermend', evidence: 'none', group: 'general',
    labelNl: 'Kunnen reflecteren',
    labelEn: 'Able to reflect' },
  { code: 'moral_insight', kind: 'protective', category: 'beschermend', evidence: 'none', group: 'general',
    labelNl: 'Het hebben van moreel inzicht',
    labelEn: 'Moral insight' },
  { code: 'new_identity', kind: 'protective', category: 'beschermend', evidence: 'none', group: 'youth',
    labelNl: 'Het ontwikkelen van een nieuwe identiteit',
    labelEn: 'Developing a new identity' },
  { code: 'crime_too_stressful', kind: 'protective', category: 'beschermend', evidence: 'none', group: 'youth',
    labelNl: 'Het criminele leven te stressvol vinden',
    labelEn: 'Finding criminal life too stressful' },
  { code: 'supporting_adult', kind: 'protective', category: 'beschermend', evidence: 'none', group: 'general',
    labelNl: 'Een betekenisvolle steunende derde',
    labelEn: 'A meaningful supporting adult' },
  { code: 'recognition_of_talents', kind: 'protective', category: 'beschermend', evidence: 'none', group: 'general',
    labelNl: 'Erkenning van talenten en succeservaringen',
    labelEn: 'Recognition of talents and experiences of success' },
  { code: 'change_of_environment', kind: 'protective', category: 'beschermend', evidence: 'none', group: 'general',
    labelNl: 'Een verandering van omgeving',
    labelEn: 'A change of environment' },
  { code: 'life_course_events', kind: 'protective', category: 'beschermend', evidence: 'none', group: 'youth',
    labelNl: 'Levensloopgebeurtenissen',
    labelEn: 'Life-course events' },
  { code: 'having_aspirations', kind: 'protective', category: 'beschermend', evidence: 'none', group: 'general',
    labelNl: 'Het hebben van aspiraties',
    labelEn: 'Having aspirations' },
  { code: 'criminal_income_disappointing', kind: 'protective', category: 'beschermend', evidence: 'none', group: 'youth',
    labelNl: 'Het financiële gewin binnen de criminaliteit tegenvallen',
    labelEn: 'Finding criminal income disappointing' },
  { code: 'no_debts', kind: 'protective', category: 'beschermend', evidence: 'none', group: 'youth',
    labelNl: 'De afwezigheid van schulden',
    labelEn: 'Absence of debts' },
  { code: 'having_a_job', kind: 'protective', category: 'beschermend', evidence: 'none', group: 'youth',
    labelNl: 'Het hebben van een baan',
    labelEn: 'Having a job' },
];

/** Codes of factors that mean ties to criminal peers or family (used later to down-weight recruitment-exposed work). */
export const CRIMINAL_TIES_FACTORS: readonly string[] = [
  'family_emotional_ties_organised_crime',
  'problematic_youth_group',
  'introduced_by_criminal_group_member',
  'family_ties_organised_crime',
  'friends_ties_organised_crime',
  'work_ties_organised_crime',
];
