import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CandidateCardReader } from './candidate-card.js';
import { VocabularyService } from './vocabulary.service.js';
import { YOUTH_ENTITIES } from './youth.entity.js';
import { YouthConsentService } from './youth-consent.service.js';
import { YouthIntroductionsService } from './youth-introductions.service.js';
import { YouthProfilesService } from './youth-profiles.service.js';
import { YouthRecords } from './youth-records.js';
import { YouthRightsService } from './youth-rights.service.js';
import { YouthSealedService } from './youth-sealed.service.js';
import { YouthService } from './youth.service.js';

@Module({
  imports: [TypeOrmModule.forFeature(YOUTH_ENTITIES)],
  providers: [YouthService, YouthRecords, YouthProfilesService, YouthConsentService, YouthSealedService, YouthIntroductionsService, YouthRightsService, VocabularyService, CandidateCardReader],
  exports: [YouthService, VocabularyService, CandidateCardReader],
})
export class YouthModule {}
