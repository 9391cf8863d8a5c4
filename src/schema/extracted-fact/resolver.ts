// Provenance in the graph: the facts read in an article, the facts read about each entity, and for
// each fact the article and the entity it belongs to.
import type { GraphQLResolveInfo } from 'graphql';
import { Args, ClassType, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { compiledField } from '../compiled';
import type { Context } from '../context';
import { Node } from '../relay';
import { ArmsSale } from '../arms-sale/type';
import { Article } from '../article/type';
import { loadArticle } from '../../data/articles';
import { Country } from '../country/type';
import { Event } from '../event/type';
import { loadNodeOfType } from '../../data/node';
import { Person } from '../person/type';
import { type ExtractedFactListArgs as ListArgs, type ExtractedFactRow, type FactOwner, loadExtractedFactsOf } from '../../data/extracted-facts';
import { ExtractedFact, ExtractedFactConnection, ExtractedFactListArgs } from './type';

@Resolver(() => ExtractedFact)
export class ExtractedFactResolver {
  @FieldResolver(() => Article, { description: 'The article the fact was read in.' })
  async article(@Root() fact: ExtractedFactRow, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, fact, info);
    if (compiled) return compiled.value;
    return loadArticle(context, fact.articleId);
  }

  @FieldResolver(() => Node, { description: 'What the fact is about: a Person, Country, Event or ArmsSale.' })
  async subject(@Root() fact: ExtractedFactRow, @Ctx() context: Context) {
    if (fact.personId !== null) return loadNodeOfType(context, 'Person', fact.personId);
    if (fact.countryId !== null) return loadNodeOfType(context, 'Country', fact.countryId);
    if (fact.eventId !== null) return loadNodeOfType(context, 'Event', fact.eventId);
    return loadNodeOfType(context, 'ArmsSale', fact.armsSaleId!);
  }
}

/** `extractedFacts` on each kind of owner: one resolver class per GraphQL type, made here alike. */
function extractedFactsOf(type: ClassType, owner: FactOwner, description: string) {
  @Resolver(() => type)
  class ExtractedFactsResolver {
    @FieldResolver(() => ExtractedFactConnection, { description })
    extractedFacts(
      @Root() row: { id: number }, @Args(() => ExtractedFactListArgs) args: ListArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo,
    ) {
      const compiled = compiledField(context, row, info);
      if (compiled) return compiled.value;
      return loadExtractedFactsOf(context, owner, row.id, args);
    }
  }
  return ExtractedFactsResolver;
}

const ABOUT = 'What the extractor read about it in articles, with the sentence and span of each fact.';

export const EXTRACTED_FACTS_RESOLVERS = [
  extractedFactsOf(Article, 'Article', "What the extractor read in this article's text, in reading order (empty for articles ingested as data)."),
  extractedFactsOf(Person, 'Person', ABOUT),
  extractedFactsOf(Country, 'Country', ABOUT),
  extractedFactsOf(Event, 'Event', ABOUT),
  extractedFactsOf(ArmsSale, 'ArmsSale', ABOUT),
];
