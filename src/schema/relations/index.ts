// The links between entities, one file per link with its fields on both sides (DESIGN.md,
// "Architecture"): adding an entity adds its link files here, not fields to the other entities' resolvers.
import { ArmsSaleArticleResolver, ArticleArmsSaleResolver } from './arms-sale-article';
import { ArmsSaleCountryResolver, CountryArmsSaleResolver } from './arms-sale-country';
import { ArmsSaleEventResolver, EventArmsSaleResolver } from './arms-sale-event';
import { ArticleCountryResolver, CountryArticleResolver } from './article-country';
import { ArticleEventResolver, EventArticleResolver } from './article-event';
import { ArticlePersonResolver, PersonArticleResolver } from './article-person';
import { CountryEventResolver, EventCountryResolver } from './country-event';
import { CountryPersonResolver, PersonCountryResolver } from './country-person';
import { EventPartsResolver } from './event-event';
import { EventPersonResolver, PersonEventResolver } from './event-person';

export const RELATION_RESOLVERS = [
  ArmsSaleArticleResolver,
  ArticleArmsSaleResolver,
  ArmsSaleCountryResolver,
  CountryArmsSaleResolver,
  ArmsSaleEventResolver,
  EventArmsSaleResolver,
  ArticleCountryResolver,
  CountryArticleResolver,
  ArticleEventResolver,
  EventArticleResolver,
  ArticlePersonResolver,
  PersonArticleResolver,
  EventCountryResolver,
  CountryEventResolver,
  PersonCountryResolver,
  CountryPersonResolver,
  EventPartsResolver,
  EventPersonResolver,
  PersonEventResolver,
];
