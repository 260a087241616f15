/**
 * The domain model: the single source of what may exist in the graph.
 *
 * Pure data, no imports. Neo4j constraints and indexes, GraphQL enums and types, the seed
 * validator and the Cytoscape stylesheet are all derived from this file; nothing downstream
 * re-declares a kind, a relationship type or a property.
 */

export type PropertyType = 'string' | 'string[]' | 'number' | 'integer' | 'integer[]' | 'date' | 'boolean';

export interface PropertySpec {
  readonly type: PropertyType;
  readonly description: string;
  /**
   * Allowed values of a string property (or of each item of a string[] one), as stored. The API
   * offers them as a GraphQL enum whose names are the values in upper snake case
   * ('joint-action-day' → JOINT_ACTION_DAY).
   */
  readonly values?: readonly string[];
  /**
   * Name of that GraphQL enum: one of ENUMS when the list is shared, else a name of its own.
   * Without it the enum is named after the owner and the property (`RouteScope`).
   */
  readonly enumName?: string;
  /**
   * The value is the id of an entity of this kind. The API resolves such a reference under the
   * viewer's clearance rather than handing out the id, so it is not a field of links or inputs.
   */
  readonly references?: string;
  /** Indexed for filtering and sorting in lists. */
  readonly indexed?: boolean;
  /**
   * The value is the id of a public reference entity of this kind (a network role), shown as it
   * is; writes check that the viewer can see such an entity.
   */
  readonly idOf?: string;
  /**
   * Long text (a document's full text): offered by the API, but read only by whoever asks for it
   * by name (the document reader), never with the other properties of a details view.
   */
  readonly long?: boolean;
  /**
   * Lists with the same `parallel` name are read together: item i of each describes one and the
   * same thing (one evidence quote: its source, quote, date, modality and marking; one mention of
   * an entity in a document: its start, end and sentence). They are written together, always of
   * one length.
   */
  readonly parallel?: string;
  /**
   * Written only by what this names, from data of its own (the document ingest, from the text it
   * reads): stored and read where that feature reads it, but never given, so not a field of
   * GraphQL links or inputs, of exports or imports, or of seed data.
   */
  readonly derivedBy?: string;
}

export interface KindSpec {
  readonly caption: string;
  readonly plural: string;
  /** Field name of the per-kind list in the API (e.g. `organisations`). */
  readonly listField: string;
  /** Id prefix of seeded entities: `org-europol`. Sources use their document file name. */
  readonly idPrefix: string;
  readonly description: string;
  readonly colour: string;
  readonly shape: string;
  readonly properties: Readonly<Record<string, PropertySpec>>;
  /**
   * Case data (people, networks, identifiers) an analyst brings in: written RESTRICTED unless the
   * import says otherwise, never PUBLIC by default like the curated public knowledge.
   */
  readonly caseData?: boolean;
}

/** A list of values the API offers as one GraphQL enum under the name it has in ENUMS. */
export interface EnumSpec {
  readonly description: string;
  readonly values: readonly string[];
  /** What single values mean, by stored value, where the value alone does not say. */
  readonly valueDescriptions?: Readonly<Record<string, string>>;
}

export interface RelationshipSpec {
  /** API field on the source kind's type listing these links (e.g. an operation's `ledBy`). */
  readonly outField: string;
  /** API field on the target kind's type listing them from the other end (e.g. `leads`). */
  readonly inField: string;
  readonly caption: string;
  readonly description: string;
  readonly from: readonly string[];
  readonly to: readonly string[];
  /** Its colour is its family's; within a family, types differ by dash. */
  readonly family: keyof typeof RELATIONSHIP_FAMILIES;
  readonly dash: keyof typeof DASH_PATTERNS;
  readonly properties: Readonly<Record<string, PropertySpec>>;
  /** Links of this type are provenance or statistics, not connections between named things. */
  readonly structural?: boolean;
  /** Seed links of this type may omit evidence and take their entity's (a figure's MEASURES). */
  readonly inheritsEvidence?: boolean;
}

/**
 * Relationship colours by family: a handful of hues far apart, so a link's family is seen at a
 * glance, instead of one colour per type (thirty near-identical reds and oranges).
 */
export const RELATIONSHIP_FAMILIES = {
  COOPERATION: { caption: 'Cooperation between organisations', colour: '#1565c0' },
  OPERATIONS: { caption: 'Operations', colour: '#c62828' },
  ROUTES: { caption: 'Routes', colour: '#ef6c00' },
  PLACES: { caption: 'Places', colour: '#2e7d32' },
  CRIME: { caption: 'Crimes and methods', colour: '#8e24aa' },
  MONEY: { caption: 'Money', colour: '#a68b00' },
  NETWORK: { caption: 'Roles in a network', colour: '#00acc1' },
  PROVENANCE: { caption: 'Structure, figures and sources', colour: '#757575' },
  COMMUNICATIONS: { caption: 'Identifiers and communications', colour: '#e75480' },
} as const;

/** Dash patterns (dash, gap, ... in px at zoom 1) telling the types of one family apart. */
export const DASH_PATTERNS = {
  solid: [],
  dashed: [8, 4],
  dotted: [2, 4],
  'long-dash': [16, 5],
  'dash-dot': [10, 4, 2, 4],
  'dash-dot-dot': [10, 3, 2, 3, 2, 3],
  'long-dash-dot': [16, 4, 2, 4],
} as const;

/** The marking case data gets when its import names none. */
export const CASE_DATA_DEFAULT_MARKING = 'RESTRICTED';

/**
 * A node's degree (its visible links) is counted up to this many: beyond it the count says only
 * "at least". Each link must be checked against the viewer's clearance, so an exact count of a
 * country's tens of thousands of nationals would cost as much as reading them all, in every
 * drawn graph that holds the country; drawing and the many-links warning need no more.
 */
export const DEGREE_COUNT_LIMIT = 1_000;

/** Channels a communication record can come from. */
export const COMMUNICATION_CHANNELS = ['call', 'sms', 'messaging', 'email', 'other'] as const;

/** Handling markings, lowest first; a user sees what is at or below their clearance. */
export const MARKINGS = ['PUBLIC', 'RESTRICTED', 'CONFIDENTIAL'] as const;

/** How the source states a fact. */
export const MODALITIES = ['reported', 'estimated', 'expected'] as const;

/** The three kinds of link between crimes the Europol-INTERPOL report distinguishes. */
export const CRIME_LINK_KINDS = ['SHARED_ACTORS', 'SHARED_INFRASTRUCTURE', 'SUPPORTING_CRIME', 'POLYCRIMINAL_SUSPECTS'] as const;

export const TRAVEL_MODES = ['sea', 'land', 'air', 'mixed'] as const;

/** Properties every entity has, whatever its kind. */
export const COMMON_PROPERTIES = {
  id: { type: 'string', description: 'Stable slug, unique across all kinds.' },
  name: { type: 'string', description: 'Preferred English name.', indexed: true },
  aliases: { type: 'string[]', description: 'Acronyms, other spellings and names in other languages (French titles of news items).' },
  description: { type: 'string', description: 'What the documents say it is, in a sentence or two.' },
  marking: { type: 'string', description: 'Handling marking.', values: MARKINGS, enumName: 'Marking', indexed: true },
} as const satisfies Record<string, PropertySpec>;

/** Provenance stored on every node and relationship: parallel lists, one entry per evidence quote. */
export const PROVENANCE_PROPERTIES = {
  sources: { type: 'string[]', description: 'Ids of the source documents that state it.' },
  evidenceSources: { type: 'string[]', description: 'Source id of each evidence quote.', parallel: 'evidence' },
  evidenceQuotes: { type: 'string[]', description: 'Short verbatim quotes from the sources.', parallel: 'evidence' },
  evidenceDates: { type: 'string[]', description: 'Date or year each quote refers to ("" when the text gives none).', parallel: 'evidence' },
  evidenceModalities: { type: 'string[]', description: 'reported, estimated or expected, per quote.', parallel: 'evidence' },
  evidenceMarkings: { type: 'string[]', description: 'Marking of each quote: never less strict than the marking of what it supports.', parallel: 'evidence' },
} as const satisfies Record<string, PropertySpec>;

const mode = { type: 'string', description: 'Means of travel.', values: TRAVEL_MODES, enumName: 'TravelMode', indexed: true } as const;

export const KINDS = {
  Organisation: {
    caption: 'Organisation',
    plural: 'Organisations',
    listField: 'organisations',
    idPrefix: 'org-',
    description: 'International organisations, agencies and their units, expert networks, task forces, centres, teams and partners.',
    colour: '#1f77b4',
    shape: 'round-rectangle',
    properties: {
      orgType: {
        type: 'string',
        description: 'What sort of body it is.',
        enumName: 'OrganisationType',
        values: ['international-organisation', 'agency', 'unit', 'centre', 'network', 'task-force', 'team', 'working-group', 'national-authority', 'regional-body', 'ngo', 'private-sector', 'other'],
        indexed: true,
      },
      headquarters: { type: 'string', description: 'Seat, where the documents give it.' },
      founded: { type: 'date', description: 'When it was set up (ISO date, year-month or year).' },
      mandate: { type: 'string', description: 'What it is for, in the documents\' words.' },
    },
  },
  Operation: {
    caption: 'Operation',
    plural: 'Operations',
    listField: 'operations',
    idPrefix: 'op-',
    description: 'Operations, programmes, projects, forums, conferences, joint action days and other dated events.',
    colour: '#d62728',
    shape: 'diamond',
    properties: {
      opType: {
        type: 'string',
        description: 'What sort of action it is.',
        enumName: 'OperationType',
        values: ['operation', 'programme', 'project', 'forum', 'conference', 'meeting', 'joint-action-day', 'training', 'event'],
        indexed: true,
      },
      startDate: { type: 'date', description: 'First day (or month or year) as the documents give it.', indexed: true },
      endDate: { type: 'date', description: 'Last day (or month or year).' },
      region: { type: 'string', description: 'Region it covered, in the documents\' words.', indexed: true },
      outcome: { type: 'string', description: 'Results the documents report.' },
    },
  },
  Route: {
    caption: 'Route',
    plural: 'Routes',
    listField: 'routes',
    idPrefix: 'route-',
    description: 'Migration and smuggling routes, regional and global, with their ordered places.',
    colour: '#ff7f0e',
    shape: 'tag',
    properties: {
      mode,
      scope: { type: 'string', description: 'Regional route into the EU or global route.', values: ['regional', 'global'], indexed: true },
    },
  },
  CrimeType: {
    caption: 'Crime type',
    plural: 'Crime types',
    listField: 'crimeTypes',
    idPrefix: 'crime-',
    description: 'Crime areas, including migrant smuggling itself and the crimes it is linked to.',
    colour: '#9467bd',
    shape: 'hexagon',
    properties: {
      category: { type: 'string', description: 'Broad area (e.g. trafficking, fraud, financial, violent).', indexed: true },
    },
  },
  NetworkRole: {
    caption: 'Network role',
    plural: 'Network roles',
    listField: 'networkRoles',
    idPrefix: 'role-',
    description: 'Roles people play in smuggling networks, from leaders to low-level facilitators.',
    colour: '#8c564b',
    shape: 'ellipse',
    properties: {
      level: {
        type: 'string',
        description: 'Where the role sits in the network.',
        values: ['leadership', 'organiser', 'facilitator', 'support', 'financial', 'official', 'client'],
        indexed: true,
      },
      tasks: { type: 'string[]', description: 'Jobs the documents say this role does.' },
    },
  },
  Location: {
    caption: 'Location',
    plural: 'Locations',
    listField: 'locations',
    idPrefix: 'loc-',
    description: 'Countries, regions, cities, seas and crossing points, with coordinates for the map layout.',
    colour: '#2ca02c',
    shape: 'round-triangle',
    properties: {
      locationType: {
        type: 'string',
        description: 'What sort of place.',
        enumName: 'LocationType',
        values: ['country', 'region', 'continent', 'city', 'sea', 'island', 'border-area', 'territory'],
        indexed: true,
      },
      iso2: { type: 'string', description: 'ISO 3166-1 alpha-2 code of a country.', indexed: true },
      iso3: { type: 'string', description: 'ISO 3166-1 alpha-3 code of a country.' },
      latitude: { type: 'number', description: 'WGS84 latitude of the place (centroid for areas).' },
      longitude: { type: 'number', description: 'WGS84 longitude of the place (centroid for areas).' },
    },
  },
  ModusOperandi: {
    caption: 'Modus operandi',
    plural: 'Modi operandi',
    listField: 'modiOperandi',
    idPrefix: 'mo-',
    description: 'How smuggling is done: means of transport, vessel types, document fraud, abuse of legal channels, communication.',
    colour: '#e377c2',
    shape: 'rhomboid',
    properties: {
      category: {
        type: 'string',
        description: 'Sort of method.',
        values: ['transport', 'vessel', 'concealment', 'document-fraud', 'legal-channel-abuse', 'communication', 'recruitment', 'violence', 'other'],
        indexed: true,
      },
      mode,
    },
  },
  PaymentMethod: {
    caption: 'Payment method',
    plural: 'Payment methods',
    listField: 'paymentMethods',
    idPrefix: 'pay-',
    description: 'How smuggling is paid for, and how its profits are laundered.',
    colour: '#bcbd22',
    shape: 'barrel',
    properties: {
      purpose: { type: 'string', description: 'Paying for smuggling, laundering its proceeds, or both.', values: ['payment', 'laundering', 'both'], indexed: true },
    },
  },
  Sector: {
    caption: 'Business sector',
    plural: 'Business sectors',
    listField: 'sectors',
    idPrefix: 'sector-',
    description: 'Legal business sectors vulnerable to abuse by smuggling networks.',
    colour: '#17becf',
    shape: 'cut-rectangle',
    properties: {},
  },
  DocumentType: {
    caption: 'Document type',
    plural: 'Document types',
    listField: 'documentTypes',
    idPrefix: 'doc-',
    description: 'Travel and identity documents, visas and permits that are forged, stolen or abused.',
    colour: '#7f7f7f',
    shape: 'rectangle',
    properties: {},
  },
  Tool: {
    caption: 'Tool',
    plural: 'Tools',
    listField: 'tools',
    idPrefix: 'tool-',
    description: 'Policing tools and services: databases, notices, communication systems, analysis files.',
    colour: '#393b79',
    shape: 'octagon',
    properties: {
      toolType: {
        type: 'string',
        description: 'Sort of tool.',
        enumName: 'ToolType',
        values: ['database', 'notice', 'communication-system', 'analysis-file', 'platform', 'service', 'other'],
        indexed: true,
      },
    },
  },
  Figure: {
    caption: 'Figure',
    plural: 'Figures',
    listField: 'figures',
    idPrefix: 'fig-',
    description: 'A statistic the documents give: a fact about a population, attached to what it measures.',
    colour: '#ad494a',
    shape: 'star',
    properties: {
      value: { type: 'number', description: 'The number (a percentage as 22 for 22%).' },
      valueMax: { type: 'number', description: 'Upper bound when the documents give a range.' },
      unit: { type: 'string', description: 'What the number counts (percent, people, EUR, USD, ...).', indexed: true },
      qualifier: { type: 'string', description: 'How the number is qualified: exact, approximately, more than, less than, up to, at least.', values: ['exact', 'approximately', 'more-than', 'less-than', 'up-to', 'at-least'] },
      metric: { type: 'string', description: 'What is measured (e.g. detected irregular border crossings).', indexed: true },
      period: { type: 'string', description: 'Period the figure covers, as the documents give it.', indexed: true },
      year: { type: 'integer', description: 'Year of the period, for filtering.', indexed: true },
      scope: { type: 'string', description: 'Population or area the figure is about.' },
      base: { type: 'string', description: 'What a share is a share of, or the data it rests on.' },
      modality: { type: 'string', description: 'Whether the figure is reported, estimated or expected.', values: MODALITIES, enumName: 'Modality' },
    },
  },
  Person: {
    caption: 'Person',
    plural: 'Persons',
    listField: 'persons',
    idPrefix: 'per-',
    description: 'A suspect or another actor in a case, by name or pseudonym.',
    colour: '#b15928',
    shape: 'ellipse',
    caseData: true,
    properties: {
      status: {
        type: 'string',
        description: 'Their part in the case.',
        enumName: 'PersonStatus',
        values: ['suspect', 'associate', 'victim', 'witness', 'other'],
        indexed: true,
      },
      dateOfBirth: { type: 'date', description: 'Date of birth where known (ISO date, year-month or year).' },
      gender: { type: 'string', description: 'Gender as recorded.', values: ['female', 'male', 'other', 'unknown'] },
    },
  },
  Network: {
    caption: 'Criminal network',
    plural: 'Criminal networks',
    listField: 'networks',
    idPrefix: 'net-',
    description: 'A criminal network or organised crime group in a case.',
    colour: '#cab2d6',
    shape: 'concave-hexagon',
    caseData: true,
    properties: {
      structure: {
        type: 'string',
        description: 'How it is organised, as the case data says.',
        enumName: 'NetworkStructure',
        values: ['hierarchical', 'loose', 'cell', 'family', 'other'],
        indexed: true,
      },
      size: { type: 'integer', description: 'Members the case data counts.' },
    },
  },
  Identifier: {
    caption: 'Identifier',
    plural: 'Identifiers',
    listField: 'identifiers',
    idPrefix: 'idf-',
    description: 'A phone number, account, document or vehicle that links records together.',
    colour: '#8c6d31',
    shape: 'round-tag',
    caseData: true,
    properties: {
      identifierType: {
        type: 'string',
        description: 'What it identifies.',
        enumName: 'IdentifierType',
        values: ['phone', 'email', 'messaging-account', 'bank-account', 'document', 'vehicle', 'ip-address', 'other'],
        indexed: true,
      },
      value: { type: 'string', description: 'The number or handle as recorded.', indexed: true },
    },
  },
  Source: {
    caption: 'Source document',
    plural: 'Source documents',
    listField: 'sourceDocuments',
    idPrefix: '',
    description: 'A public document the graph is built from; its id is the file name.',
    colour: '#525252',
    shape: 'vee',
    properties: {
      publisher: { type: 'string', description: 'Who published it.', indexed: true },
      title: { type: 'string', description: 'Title as printed.' },
      date: { type: 'date', description: 'Publication date or the latest date it mentions.', indexed: true },
      documentType: { type: 'string', description: 'Report, fact sheet, web page, Q&A.' },
      language: { type: 'string', description: 'Languages used in the text.' },
      text: { type: 'string', description: 'Full text of the document as published (plain text), for reading a quote in its context.', long: true },
      contentHash: { type: 'string', description: 'SHA-256 (hex) of the text, to tell which version of the document the quotes were checked against.' },
    },
  },
} as const satisfies Record<string, KindSpec>;

export type Kind = keyof typeof KINDS;

const ALL_NAMED = [
  'Organisation', 'Operation', 'Route', 'CrimeType', 'NetworkRole', 'Location',
  'ModusOperandi', 'PaymentMethod', 'Sector', 'DocumentType', 'Tool', 'Person', 'Network', 'Identifier',
] as const;

const order = { type: 'integer', description: 'Position of the place along the route, from 1.' } as const;

export const RELATIONSHIPS = {
  PART_OF: {
    outField: 'partOf',
    inField: 'parts',
    caption: 'part of',
    description: 'A unit of an organisation, a place within a larger place, a section of a route, a sub-role or sub-crime.',
    from: ['Organisation', 'Location', 'Route', 'NetworkRole', 'CrimeType', 'Operation', 'ModusOperandi', 'Tool'],
    to: ['Organisation', 'Location', 'Route', 'NetworkRole', 'CrimeType', 'Operation', 'ModusOperandi', 'Tool'],
    family: 'PROVENANCE',
    dash: 'dashed',
    properties: {},
  },
  PARTNER_OF: {
    outField: 'partners',
    inField: 'partnerOf',
    caption: 'partner of',
    description: 'Organisations that work together, as the documents list them.',
    from: ['Organisation'],
    to: ['Organisation'],
    family: 'COOPERATION',
    dash: 'solid',
    properties: {},
  },
  MEMBER_OF: {
    outField: 'memberOf',
    inField: 'members',
    caption: 'member of',
    description: 'A country or body that belongs to a network, task force or organisation; a person in a criminal network, with their role.',
    from: ['Location', 'Organisation', 'Person'],
    to: ['Organisation', 'Network'],
    family: 'COOPERATION',
    dash: 'dashed',
    properties: {
      role: { type: 'string', description: 'Id of the network role the member plays in it (role-leader, role-driver, ...).', indexed: true, idOf: 'NetworkRole' },
    },
  },
  BASED_IN: {
    outField: 'basedIn',
    inField: 'basedHere',
    caption: 'based in',
    description: 'Where an organisation sits or a role operates from.',
    from: ['Organisation', 'NetworkRole'],
    to: ['Location'],
    family: 'PLACES',
    dash: 'solid',
    properties: {},
  },
  LED_BY: {
    outField: 'ledBy',
    inField: 'leads',
    caption: 'led by',
    description: 'The organisation or country that led or organised an operation or event.',
    from: ['Operation'],
    to: ['Organisation', 'Location'],
    family: 'OPERATIONS',
    dash: 'solid',
    properties: {},
  },
  INVOLVED: {
    outField: 'participants',
    inField: 'participatesIn',
    caption: 'involved',
    description: 'An organisation or country taking part in an operation or event.',
    from: ['Operation'],
    to: ['Organisation', 'Location'],
    family: 'OPERATIONS',
    dash: 'dashed',
    properties: {
      role: { type: 'string', description: 'What the participant did, in the documents\' words.' },
    },
  },
  FUNDED_BY: {
    outField: 'fundedBy',
    inField: 'funds',
    caption: 'funded by',
    description: 'Who paid for a programme or operation.',
    from: ['Operation', 'Organisation'],
    to: ['Organisation', 'Location'],
    family: 'COOPERATION',
    dash: 'dash-dot',
    properties: {},
  },
  TARGETS: {
    outField: 'targets',
    inField: 'targetedBy',
    caption: 'targets',
    description: 'What an operation, organisation or tool is directed against or focuses on.',
    from: ['Operation', 'Organisation', 'Tool'],
    to: ['CrimeType', 'Route', 'NetworkRole', 'ModusOperandi', 'DocumentType', 'PaymentMethod', 'Location', 'Person', 'Network'],
    family: 'OPERATIONS',
    dash: 'long-dash',
    properties: {},
  },
  TOOK_PLACE_IN: {
    outField: 'places',
    inField: 'operationsHere',
    caption: 'took place in',
    description: 'Where an operation or event happened.',
    from: ['Operation'],
    to: ['Location'],
    family: 'PLACES',
    dash: 'dashed',
    properties: {},
  },
  OPERATES: {
    outField: 'operates',
    inField: 'operatedBy',
    caption: 'operates',
    description: 'The organisation that runs a tool or database.',
    from: ['Organisation'],
    to: ['Tool'],
    family: 'COOPERATION',
    dash: 'dotted',
    properties: {},
  },
  USES_TOOL: {
    outField: 'tools',
    inField: 'usedBy',
    caption: 'uses',
    description: 'A tool used by an operation, organisation or network role.',
    from: ['Operation', 'Organisation', 'NetworkRole'],
    to: ['Tool'],
    family: 'OPERATIONS',
    dash: 'dotted',
    properties: {},
  },
  DEPARTS_FROM: {
    outField: 'departsFrom',
    inField: 'routesDeparting',
    caption: 'departs from',
    description: 'A place where a route starts.',
    from: ['Route'],
    to: ['Location'],
    family: 'ROUTES',
    dash: 'solid',
    properties: { order },
  },
  PASSES_THROUGH: {
    outField: 'passesThrough',
    inField: 'routesPassing',
    caption: 'passes through',
    description: 'A transit place along a route.',
    from: ['Route'],
    to: ['Location'],
    family: 'ROUTES',
    dash: 'dashed',
    properties: { order },
  },
  ARRIVES_IN: {
    outField: 'arrivesIn',
    inField: 'routesArriving',
    caption: 'arrives in',
    description: 'A place where a route ends.',
    from: ['Route'],
    to: ['Location'],
    family: 'ROUTES',
    dash: 'long-dash',
    properties: { order },
  },
  CONNECTS_TO: {
    outField: 'connectsTo',
    inField: 'connectedFrom',
    caption: 'connects to',
    description: 'An onward connection from one route to another.',
    from: ['Route'],
    to: ['Route'],
    family: 'ROUTES',
    dash: 'dash-dot',
    properties: {},
  },
  USED_BY_NATIONALS_OF: {
    outField: 'usedByNationalsOf',
    inField: 'routesUsedByNationals',
    caption: 'used by nationals of',
    description: 'A nationality the documents name among the users of a route.',
    from: ['Route'],
    to: ['Location'],
    family: 'ROUTES',
    dash: 'dotted',
    properties: {},
  },
  USES_METHOD: {
    outField: 'methods',
    inField: 'methodOf',
    caption: 'uses method',
    description: 'A modus operandi used on a route, by a role or in a crime.',
    from: ['Route', 'NetworkRole', 'CrimeType', 'Operation'],
    to: ['ModusOperandi'],
    family: 'CRIME',
    dash: 'solid',
    properties: {},
  },
  PAID_WITH: {
    outField: 'paymentMethods',
    inField: 'paysFor',
    caption: 'paid with',
    description: 'A way smuggling services are paid for.',
    from: ['CrimeType', 'NetworkRole', 'Route'],
    to: ['PaymentMethod'],
    family: 'MONEY',
    dash: 'solid',
    properties: {},
  },
  LAUNDERS_THROUGH: {
    outField: 'laundersThrough',
    inField: 'laundersFor',
    caption: 'launders through',
    description: 'A way or sector through which proceeds are laundered.',
    from: ['CrimeType', 'NetworkRole'],
    to: ['PaymentMethod', 'Sector'],
    family: 'MONEY',
    dash: 'dashed',
    properties: {},
  },
  EXPLOITS: {
    outField: 'exploits',
    inField: 'exploitedBy',
    caption: 'exploits',
    description: 'A business sector or service abused to run or hide smuggling.',
    from: ['CrimeType', 'NetworkRole', 'ModusOperandi'],
    to: ['Sector'],
    family: 'CRIME',
    dash: 'dash-dot-dot',
    properties: {},
  },
  ABUSES_DOCUMENT: {
    outField: 'documentsAbused',
    inField: 'abusedBy',
    caption: 'abuses',
    description: 'A document type that is forged, stolen, borrowed or fraudulently obtained.',
    from: ['ModusOperandi', 'CrimeType', 'NetworkRole', 'Route'],
    to: ['DocumentType'],
    family: 'CRIME',
    dash: 'dash-dot',
    properties: {},
  },
  FACILITATES: {
    outField: 'facilitates',
    inField: 'facilitatedBy',
    caption: 'facilitates',
    description: 'A method, document, tool or crime that makes another crime possible.',
    from: ['ModusOperandi', 'DocumentType', 'CrimeType', 'Sector', 'NetworkRole'],
    to: ['CrimeType', 'NetworkRole'],
    family: 'CRIME',
    dash: 'dotted',
    properties: {},
  },
  LINKED_TO: {
    outField: 'linkedCrimes',
    inField: 'linkedFrom',
    caption: 'linked to',
    description: 'Polycriminality: a crime linked to another, with the share of suspects and the kind of link.',
    from: ['CrimeType'],
    to: ['CrimeType'],
    family: 'CRIME',
    dash: 'dashed',
    properties: {
      share: { type: 'number', description: 'Share in percent of the population the figure describes (null when the text gives none).' },
      year: { type: 'integer', description: 'Year the share refers to.' },
      linkKind: { type: 'string', description: 'Kind of link.', values: CRIME_LINK_KINDS, enumName: 'CrimeLinkKind' },
      figureId: { type: 'string', description: 'The figure the share comes from.', references: 'Figure' },
    },
  },
  COMMITS: {
    outField: 'commits',
    inField: 'committedBy',
    caption: 'commits',
    description: 'A crime the people in a role commit or are involved in.',
    from: ['NetworkRole'],
    to: ['CrimeType'],
    family: 'CRIME',
    dash: 'long-dash',
    properties: {},
  },
  COORDINATES: {
    outField: 'coordinates',
    inField: 'coordinatedBy',
    caption: 'coordinates',
    description: 'A role that coordinates another.',
    from: ['NetworkRole'],
    to: ['NetworkRole'],
    family: 'NETWORK',
    dash: 'solid',
    properties: {},
  },
  MANAGES: {
    outField: 'manages',
    inField: 'managedBy',
    caption: 'manages',
    description: 'A role that manages or directs another.',
    from: ['NetworkRole'],
    to: ['NetworkRole'],
    family: 'NETWORK',
    dash: 'dashed',
    properties: {},
  },
  ASSISTS: {
    outField: 'assists',
    inField: 'assistedBy',
    caption: 'assists',
    description: 'A role that assists or works for another.',
    from: ['NetworkRole'],
    to: ['NetworkRole'],
    family: 'NETWORK',
    dash: 'dotted',
    properties: {},
  },
  ACTIVE_IN: {
    outField: 'activeIn',
    inField: 'activeHere',
    caption: 'active in',
    description: 'Where a role, crime, method, means of payment, person or network is found: a place (a hotspot), a route.',
    from: ['NetworkRole', 'CrimeType', 'ModusOperandi', 'PaymentMethod', 'Person', 'Network'],
    to: ['Location', 'Route'],
    family: 'PLACES',
    dash: 'dotted',
    properties: {},
  },
  NATIONAL_OF: {
    outField: 'nationalities',
    inField: 'nationals',
    caption: 'national of',
    description: 'A person\'s nationality (a country).',
    from: ['Person'],
    to: ['Location'],
    family: 'PLACES',
    dash: 'long-dash',
    properties: {},
  },
  SUSPECTED_OF: {
    outField: 'suspectedOf',
    inField: 'suspects',
    caption: 'suspected of',
    description: 'A crime type a person or network is suspected of or involved in (suspect-level polycriminality).',
    from: ['Person', 'Network'],
    to: ['CrimeType'],
    family: 'CRIME',
    dash: 'long-dash-dot',
    properties: {},
  },
  OPERATES_ALONG: {
    outField: 'operatesAlong',
    inField: 'operatedBy',
    caption: 'operates along',
    description: 'A route a network or person smuggles along.',
    from: ['Network', 'Person'],
    to: ['Route'],
    family: 'ROUTES',
    dash: 'dash-dot-dot',
    properties: {},
  },
  USES_IDENTIFIER: {
    outField: 'identifiers',
    inField: 'usedBy',
    caption: 'uses',
    description: 'A phone, account, document or vehicle a person or network uses; shared identifiers link records.',
    from: ['Person', 'Network'],
    to: ['Identifier'],
    family: 'COMMUNICATIONS',
    dash: 'solid',
    properties: {},
  },
  COMMUNICATED_WITH: {
    outField: 'contacted',
    inField: 'contactedBy',
    caption: 'communicated with',
    description: 'Communication records between two identifiers or persons: how many, first and last date, channel.',
    from: ['Identifier', 'Person'],
    to: ['Identifier', 'Person'],
    family: 'COMMUNICATIONS',
    dash: 'dashed',
    properties: {
      count: { type: 'integer', description: 'Number of communications recorded.' },
      firstDate: { type: 'date', description: 'Date of the first one.', indexed: true },
      lastDate: { type: 'date', description: 'Date of the last one.' },
      channel: { type: 'string', description: 'How they communicated.', values: COMMUNICATION_CHANNELS, enumName: 'CommunicationChannel' },
    },
  },
  PUBLISHED: {
    outField: 'published',
    inField: 'publishedBy',
    caption: 'published',
    description: 'The organisation that published a source document.',
    from: ['Organisation'],
    to: ['Source'],
    family: 'PROVENANCE',
    dash: 'solid',
    properties: {},
    structural: true,
  },
  MEASURES: {
    outField: 'measures',
    inField: 'measuredBy',
    caption: 'measures',
    description: 'A figure and what it is about.',
    from: ['Figure'],
    to: [...ALL_NAMED],
    family: 'PROVENANCE',
    dash: 'long-dash',
    properties: {
      role: { type: 'string', description: 'How the figure relates to it: subject, population, place, period.' },
    },
    structural: true,
    inheritsEvidence: true,
  },
  MENTIONED_IN: {
    outField: 'mentionedIn',
    inField: 'mentions',
    caption: 'mentioned in',
    description: 'Provenance: the source document that states an entity (derived from its evidence).',
    from: [...ALL_NAMED, 'Figure'],
    to: ['Source'],
    family: 'PROVENANCE',
    dash: 'dotted',
    properties: {
      mentionStarts: { type: 'integer[]', description: 'Where each mention of the entity starts in the ingested document\'s text (a character offset).', parallel: 'mention', derivedBy: 'the document ingest' },
      mentionEnds: { type: 'integer[]', description: 'Where each mention ends (the offset just after it).', parallel: 'mention', derivedBy: 'the document ingest' },
      mentionSentences: { type: 'string[]', description: 'The sentence around each mention: its evidence.', parallel: 'mention', derivedBy: 'the document ingest' },
    },
    structural: true,
  },
} as const satisfies Record<string, RelationshipSpec>;

export type RelationshipType = keyof typeof RELATIONSHIPS;

/** Label every node carries besides its kind, so generic queries match (:Entity {id: $id}). */
export const ENTITY_LABEL = 'Entity';

/**
 * Full-text search over names, aliases and descriptions: one index per clearance, each over a
 * label that only the entities visible at that clearance carry (an entity marked PUBLIC carries
 * all three, RESTRICTED the upper two, CONFIDENTIAL only its own). A viewer's search runs on the
 * index of their clearance, so its term statistics, and hence its scores, hold nothing hidden.
 */
export const FULLTEXT_SEARCH = {
  PUBLIC: { label: 'SearchPublic', index: 'entity_search_public' },
  RESTRICTED: { label: 'SearchRestricted', index: 'entity_search_restricted' },
  CONFIDENTIAL: { label: 'SearchConfidential', index: 'entity_search_confidential' },
} as const satisfies Record<(typeof MARKINGS)[number], { label: string; index: string }>;
export const FULLTEXT_PROPERTIES = ['name', 'aliasesText', 'description'] as const;
/** Tokens by Unicode word rules, lower-cased and accent-folded; English stop words are not indexed. */
export const FULLTEXT_ANALYZER = 'standard-folding';
/** The stop words of that analyzer (Lucene's English set); a query must not require them. */
export const FULLTEXT_STOP_WORDS = [
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into', 'is', 'it', 'no', 'not',
  'of', 'on', 'or', 'such', 'that', 'the', 'their', 'then', 'there', 'these', 'they', 'this', 'to', 'was', 'will', 'with',
] as const;

/** Roles, lowest first: viewers read, analysts also write knowledge, admins manage users and audit. */
export const ROLES = ['viewer', 'analyst', 'admin'] as const;

/** Labels of the product's own records (users, credentials, audit, seed version), never :Entity. */
export const SYSTEM_LABELS = ['User', 'Credential', 'AuditEvent', 'SeedState'] as const;

/**
 * Label of the explorer's views stored on the server. Not :Entity (no graph query reaches a view)
 * and not a system label either: a view carries a marking (the highest of the entities it holds)
 * and every query of it applies the visibility rule, which the query checker holds it to.
 */
export const SAVED_VIEW_LABEL = 'SavedView';

/**
 * Label of what an ingested document proposes and an analyst has not yet accepted (a new
 * organisation, an operation, a figure): not :Entity, so no graph query reaches it. It carries
 * its document's marking and every query of it applies the visibility rule. Rejected ones are
 * kept, so the same proposal is not made again.
 */
export const CANDIDATE_LABEL = 'Candidate';

/**
 * Label of an analyst's note on an entity or a relationship: a product record, not :Entity, so no
 * graph query reaches it. What it is about is a property (`targetId`, `targetType`, and a link's
 * ends `fromId`, `toId`), never a relationship, so no traversal, degree or untyped pattern ever
 * counts a note. A note's marking is never below its target's (a link's target marking is the
 * strictest of the link and its two ends) and is raised with it; a note is visible when its
 * marking is and its target is (server/query/visibility.ts).
 */
export const NOTE_LABEL = 'Note';

/** A note's text in characters (after trimming), and how many notes one list answers. */
export const NOTE_LIMITS = { text: 4_000, page: 100, defaultPage: 20 } as const;

/** What a note may be about, as stored in `targetType`. */
export const NOTE_TARGET_TYPES = ['entity', 'link'] as const;

/**
 * Full-text search over note text, designed as FULLTEXT_SEARCH is: one index per clearance, each
 * over a label only the notes visible at that clearance carry, so a viewer's scores and counts
 * hold nothing of notes they may not see. A note's marking is kept at least as strict as its
 * target's, so the label of its marking says who may see both.
 */
export const NOTE_SEARCH = {
  PUBLIC: { label: 'NoteSearchPublic', index: 'note_search_public' },
  RESTRICTED: { label: 'NoteSearchRestricted', index: 'note_search_restricted' },
  CONFIDENTIAL: { label: 'NoteSearchConfidential', index: 'note_search_confidential' },
} as const satisfies Record<(typeof MARKINGS)[number], { label: string; index: string }>;
export const NOTE_FULLTEXT_PROPERTIES = ['text'] as const;

/**
 * Entity resolution. When an analyst judges two entities the same, one (the survivor) keeps its
 * node and the other (the duplicate) trades :Entity and its kind label for RESOLVED_LABEL, so no
 * graph query, count or analysis reaches it twice; its relationships move to the survivor.
 * (duplicate)-[:SAME_AS]->(survivor) records who judged, when, and which relationships moved, so
 * undo puts everything back. The duplicate keeps its names, aliases and evidence (each with its
 * own source) and its search labels: a search for one of its names finds the survivor.
 */
export const RESOLVED_LABEL = 'Resolved';
export const SAME_AS_TYPE = 'SAME_AS';

/**
 * Label of a recorded judgement that two entities are not the same, or that the analyst is
 * unsure: not :Entity. "Not the same" keeps the pair (and every pair of their resolved groups)
 * out of the duplicate queue; "unsure" keeps it in, after the others.
 */
export const DUPLICATE_JUDGEMENT_LABEL = 'DuplicateJudgement';

/** The verdicts of the duplicate queue. */
export const DUPLICATE_VERDICTS = ['same', 'not-same', 'unsure'] as const;

/** Kinds whose entities can be duplicates of each other: named things, not documents, figures or identifiers (those are keyed by value). */
export const RESOLVABLE_KINDS = [
  'Organisation', 'Operation', 'Route', 'CrimeType', 'NetworkRole', 'Location',
  'ModusOperandi', 'PaymentMethod', 'Sector', 'DocumentType', 'Tool', 'Person', 'Network',
] as const;

/** The marking an ingested document gets when the analyst names none: it is case material. */
export const INGESTED_DOCUMENT_DEFAULT_MARKING = CASE_DATA_DEFAULT_MARKING;

/**
 * Value lists used beyond one property (or by no property at all: roles), as the GraphQL enums
 * of these names. A property names its list with `enumName`.
 */
export const ENUMS = {
  Marking: {
    description: 'Handling marking of a node or relationship; users see what is at or below their clearance.',
    values: MARKINGS,
  },
  Modality: {
    description: 'How a source states a fact.',
    values: MODALITIES,
    valueDescriptions: {
      reported: 'Stated by the source as a fact it recorded.',
      estimated: 'An estimate by the source, not a count.',
      expected: 'A forecast: a trend or development the source expects, not yet observed.',
    },
  },
  RelationshipFamily: {
    description: 'Families of relationship types, each drawn in its own colour.',
    values: Object.keys(RELATIONSHIP_FAMILIES) as (keyof typeof RELATIONSHIP_FAMILIES)[],
  },
  CrimeLinkKind: { description: 'The kinds of link between crimes the Europol-INTERPOL report distinguishes.', values: CRIME_LINK_KINDS },
  TravelMode: { description: 'Means of travel.', values: TRAVEL_MODES },
  NoteTargetType: {
    description: 'What an analyst\'s note is about.',
    values: NOTE_TARGET_TYPES,
    valueDescriptions: { entity: 'An entity (a node of the graph).', link: 'A relationship between two entities.' },
  },
  DuplicateVerdict: {
    description: 'An analyst\'s judgement of two entities the duplicate queue proposes.',
    values: DUPLICATE_VERDICTS,
    valueDescriptions: {
      same: 'The same thing: resolved into one entity (reversible).',
      'not-same': 'Different things: never proposed again, nor any pair of their resolved groups.',
      unsure: 'Left in the queue, after the pairs nobody has judged.',
    },
  },

  Role: {
    description: 'Roles, lowest first: each includes the ones before it.',
    values: ROLES,
    valueDescriptions: {
      viewer: 'Reads the graph.',
      analyst: 'Reads, and writes knowledge (entities and links).',
      admin: 'Also manages users, API tokens and reads the audit log.',
    },
  },
} as const satisfies Record<string, EnumSpec>;
