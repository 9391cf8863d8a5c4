// The operations the playground opens with: the README's examples, one named operation each (pick
// one with the run button). test/playground.test.ts keeps this list equal to the README's.
export const PLAYGROUND_EXAMPLES = `# Welcome to Newsgraph. These are the README's example operations: put the cursor in one and
# run it (Ctrl-Enter), or pick one from the run button's list. The Docs button shows the schema.
# NodeById takes {"id": "<any id>"}; IngestArticleText needs {"text": "…"} and an API key:
# {"Authorization": "Bearer <key>"} in the Headers tab.

query BlinkensLastTrip {
  person(slug: "antony-blinken") {
    name
    title
    events(filter: { types: [DIPLOMATIC_TRIP] }) {
      edges {
        node {
          title
          startDate
          endDate
          children { position title location { code name } }
          countries { role country { code name } }
        }
      }
    }
  }
}

query JapansArmsPurchases {
  country(code: "jp") {
    name
    armsSales(role: RECIPIENT) {
      totalCount
      edges { node { supplier { code name } valueUsd valueFormatted items status announcedDate } }
    }
  }
}

query ArticlesMentioningAPerson {
  person(slug: "jimmy-carter") {
    name
    articles(first: 10) {
      totalCount
      edges { node { title source publishedAt url } }
    }
  }
}

query SouthKoreaInJanuary2025 {
  events(
    filter: { country: "KOR", date: { from: "2025-01-01", to: "2025-01-31" } }
    orderBy: { field: START_DATE, direction: ASC }
    first: 20
  ) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        title type startDate datePrecision
        location { name }
        participants { role person { name title } }
        articles(first: 3) { edges { node { title source } } }
      }
    }
  }
}

query NodeById ($id: ID!) { node(id: $id) { __typename ... on Event { title } ... on Person { name } } }

query ArmsSalesBySupplierAndYear {
  armsSaleStats(groupBy: [SUPPLIER, YEAR], filter: { announced: { from: "2020-01-01" } }) {
    supplier { code name }
    year
    count
    totalValueUsdExact
    totalValueFormatted
  }
}

query SearchMissiles {
  search(query: "missiles", first: 5) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        score
        type
        snippet
        result {
          __typename
          ... on Article { title url }
          ... on Event { title startDate }
          ... on Person { name office: title }
          ... on Country { code name }
        }
      }
    }
  }
}

query SearchMisspeltName { search(query: "blinkn", types: [PERSON, COUNTRY]) { edges { node { score snippet result { ... on Person { name slug } } } } } }

mutation IngestArticleText ($text: String!) {
  ingestArticleText(input: {
    text: $text                      # plain text, Markdown or HTML, as published
    url: "https://www.independent.co.uk/news/world/americas/us-politics/blinken-south-korea-japan-france-trip-b2673524.html"
    source: "The Independent"
    publishedAt: "2025-01-03T00:00:00Z" # "announced Friday", "beginning Sunday" resolve against it
  }) {
    created
    article { title events(first: 10) { edges { node { type startDate endDate location { code }
      children { type location { code } } participants { role person { name } } } } } }
    extraction { extractorVersion factCount removed { reason text } }
    warnings { code message }          # PUBLICATION_DATE_UNKNOWN: relative dates left unresolved
    userErrors { field message code }
  }
}
`;
