import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { VACANCY_KINDS, type VacancyKind } from '@startbaan/employers';
import { TextDto } from '../common.dto.js';
import { VacancyVogDto, VacancyVogForYouthDto } from '../employers/employers.dto.js';

// What the suggestion routes answer: the scored matches, each with the parts of its score.

/** One part of a match score, with the reason in words. */
export class ScoreComponentDto {
  @ApiProperty({ example: 'distance' }) key: string;
  @ApiProperty() points: number;
  @ApiProperty({ description: 'the most this part can give' }) max: number;
  @ApiProperty({ type: TextDto }) reason: TextDto;
  @ApiProperty({ description: "a part only the youth's side sees (never an employer)" }) coachOnly: boolean;
}

/** The score of one match, as both suggestion lists carry it. */
class ScoredMatch {
  @ApiProperty({ description: 'the total of the components' }) score: number;
  @ApiProperty({ description: 'km between the youth and the vacancy, one decimal' }) distanceKm: number;
  @ApiProperty({ type: 'integer', description: 'the version of the weights the score was computed with' }) weightsVersion: number;
  @ApiProperty({ type: [ScoreComponentDto] }) components: ScoreComponentDto[];
}

export class SuggestedVacancyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() employerName: string;
  @ApiProperty({ enum: VACANCY_KINDS }) kind: VacancyKind;
  @ApiProperty({ format: 'date' }) startDate: string;
  @ApiProperty({ format: 'date' }) endDate: string;
  @ApiProperty() hoursPerWeek: number;
  @ApiProperty({ type: VacancyVogForYouthDto, description: "with the indication for this youth: the sealed VOG concern the score reads anyway (one audited read)" }) vog: VacancyVogForYouthDto;
}

export class VacancySuggestionDto extends ScoredMatch {
  @ApiProperty({ type: SuggestedVacancyDto }) vacancy: SuggestedVacancyDto;
}

export class VacancySuggestionsDto {
  @ApiProperty({ format: 'uuid' }) youthId: string;
  @ApiProperty({ description: "the youth's own travel distance in km, the radius searched" }) radiusKm: number;
  @ApiProperty({ type: [VacancySuggestionDto], description: 'best first' }) items: VacancySuggestionDto[];
}

export class SuggestedYouthDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Kandidaat 7KQ2' }) pseudonym: string;
  @ApiProperty({ type: 'integer' }) age: number;
  @ApiProperty({ type: [String], description: 'skill codes' }) skills: string[];
  @ApiProperty({ type: [String], description: 'interest codes' }) interests: string[];
  @ApiProperty({ type: [String], description: 'ISO 639-1 codes' }) languages: string[];
  @ApiProperty({ enum: VACANCY_KINDS, isArray: true, description: 'in order of preference' }) wishedKinds: VacancyKind[];
  @ApiPropertyOptional({ description: 'WSP staff and admins only: priority yes/no (the reason stays with the coach)' }) priority?: boolean;
}

export class YouthSuggestionDto extends ScoredMatch {
  @ApiProperty({ type: SuggestedYouthDto }) youth: SuggestedYouthDto;
}

export class YouthSuggestionsDto {
  @ApiProperty({ format: 'uuid' }) vacancyId: string;
  @ApiProperty({ type: VacancyVogDto }) vog: VacancyVogDto;
  @ApiProperty({ type: [YouthSuggestionDto], description: 'best first' }) items: YouthSuggestionDto[];
}
