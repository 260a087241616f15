// Generated from the API schema (server/modules/**/*.graphql) by "npm run generate". Do not edit.
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  JSONObject: { input: unknown; output: unknown; }
};

/** The signed-in user. */
export type Me = {
  name: Scalars['String']['output'];
  role: Role;
  /** Highest marking this user may see. */
  clearance: Marking;
  /** How this request was authenticated: session (browser) or token (script). */
  via: Scalars['String']['output'];
};

export type Query = {
  me: Me;
  users: Array<User>;
  /** The audit log, newest first (append-only). */
  auditLog: AuditPage;
  /**
   * Centrality over a subgraph: the entities of the given kinds (default: every named kind, no
   * figures or source documents) and the relationships of the given types among them (undirected).
   * excludeIds (at most 500) leaves entities out of the subgraph, with their relationships: hubs
   * such as a crime type that every network shares, which would otherwise lead the ranking.
   */
  centrality: CentralityResult;
  /**
   * Communities (Louvain) over the same kind of subgraph; top limits the number of communities.
   * excludeIds leaves entities out, as for centrality. withinNetwork restricts the subgraph to one
   * network's visible members and the identifiers they use (communities of one network).
   */
  communities: CommunityResult;
  /** Persons suspected of both crime types, by name; first at most 100. */
  suspectsLinkedToBoth: PersonConnection;
  /**
   * Hotspots of a route: places within the places it crosses, and places where networks operating
   * along it are active; most suspects first. first at most 100.
   */
  routeHotspots: Array<RouteHotspot>;
  /** Polycriminality computed from suspect data, next to the shares the documents publish (default year 2015). */
  suspectPolycriminality: SuspectPolycriminality;
  /**
   * Pairs of entities that may be duplicates, best first: of one kind, or those of one entity
   * (`entityId`), or all. Pairs judged not the same never appear, nor pairs of their resolved groups.
   */
  duplicateCandidates: DuplicateCandidatePage;
  /** The entities resolved into this one (directly or through earlier resolutions), newest first. */
  resolvedDuplicates: Array<ResolvedDuplicate>;
  /** Organisations, filtered, sorted and paginated (first: at most 100). */
  organisations: OrganisationConnection;
  /** Operations, filtered, sorted and paginated (first: at most 100). */
  operations: OperationConnection;
  /** Routes, filtered, sorted and paginated (first: at most 100). */
  routes: RouteConnection;
  /** Crime types, filtered, sorted and paginated (first: at most 100). */
  crimeTypes: CrimeTypeConnection;
  /** Network roles, filtered, sorted and paginated (first: at most 100). */
  networkRoles: NetworkRoleConnection;
  /** Locations, filtered, sorted and paginated (first: at most 100). */
  locations: LocationConnection;
  /** Modi operandi, filtered, sorted and paginated (first: at most 100). */
  modiOperandi: ModusOperandiConnection;
  /** Payment methods, filtered, sorted and paginated (first: at most 100). */
  paymentMethods: PaymentMethodConnection;
  /** Business sectors, filtered, sorted and paginated (first: at most 100). */
  sectors: SectorConnection;
  /** Document types, filtered, sorted and paginated (first: at most 100). */
  documentTypes: DocumentTypeConnection;
  /** Tools, filtered, sorted and paginated (first: at most 100). */
  tools: ToolConnection;
  /** Figures, filtered, sorted and paginated (first: at most 100). */
  figures: FigureConnection;
  /** Persons, filtered, sorted and paginated (first: at most 100). */
  persons: PersonConnection;
  /** Criminal networks, filtered, sorted and paginated (first: at most 100). */
  networks: NetworkConnection;
  /** Identifiers, filtered, sorted and paginated (first: at most 100). */
  identifiers: IdentifierConnection;
  /** Source documents, filtered, sorted and paginated (first: at most 100). */
  sourceDocuments: SourceConnection;
  /** One entity by id, or null when it does not exist. */
  entity: Maybe<Entity>;
  /** Alias of entity(id), for clients that expect node(id). */
  node: Maybe<Entity>;
  /** Several entities by id, in the order asked; unknown ids are left out. */
  entities: Array<Entity>;
  /**
   * The entities within depth hops (1 to 3) of the given ids. Figures and source documents are
   * left out unless includeStructural is true or their relationship types are asked for.
   * excludeIds leaves out nodes already drawn (their edges to new nodes are still returned).
   */
  neighbourhood: Graph;
  /**
   * The induced subgraph of a set of entities: the visible ones among ids, the relationships among
   * them, and their relationships to connectTo (entities already drawn, which are not returned).
   * At most 2000 ids in each list.
   */
  subgraph: Graph;
  /**
   * Paths between two entities over at most maxHops relationships (1 to 10). Only named things
   * count as links: figures and source documents are used only when includeStructural is true.
   * kinds restricts the intermediate nodes; excludeIds are never passed through.
   */
  paths: PathResult;
  /** An import you started, by the id startImport returned; null when unknown (or started on another instance). */
  importJob: Maybe<ImportJob>;
  /** The known entities a document names, in text order. An unknown or hidden document is NOT_FOUND alike. */
  documentMentions: Array<DocumentMention>;
  /** Candidates waiting for review, in document order, optionally of one document. */
  reviewQueue: CandidatePage;
  /** The model (kinds, relationship types, captions, colours, shapes) with counts, for legends and filters. */
  meta: Meta;
  /**
   * The notes you may see on any of these entities or relationships (at most 100 ids), newest first;
   * ids of nothing you can see have none. first: at most 100.
   */
  notes: Array<Note>;
  /** Crimes linked to a crime type (by default migrant smuggling), ranked by share. */
  polycriminality: Polycriminality;
  /** Organisations, operations, routes (or other kinds) directly linked to both crime types. */
  sharedConnections: Array<SharedConnection>;
  /**
   * Full-text search over names, aliases (acronyms, French titles) and descriptions.
   * Each word matches exactly, as a prefix, or (with fuzzy) with small typos. Any text is
   * accepted: Lucene operators in the input are treated as plain characters.
   */
  search: Array<SearchHit>;
  /**
   * Full-text search over the text of the analysts' notes you may see (and whose entity or
   * relationship you may see): every word must match, exactly or as a prefix. Notes you may not see
   * change neither the hits nor their scores.
   */
  searchNotes: Array<NoteHit>;
  /** A saved view; null when there is none with this id or it holds anything above your clearance (alike). */
  view: Maybe<SavedView>;
  /** Your views and the shared views of others that you may see, newest first (at most 100). */
  views: Array<SavedView>;
};


export type QueryAuditLogArgs = {
  action: InputMaybe<Scalars['String']['input']>;
  actor: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


export type QueryCentralityArgs = {
  measure?: InputMaybe<CentralityMeasure>;
  kinds: InputMaybe<Array<Kind>>;
  relationshipTypes: InputMaybe<Array<RelationshipType>>;
  top?: InputMaybe<Scalars['Int']['input']>;
  excludeIds: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type QueryCommunitiesArgs = {
  kinds: InputMaybe<Array<Kind>>;
  relationshipTypes: InputMaybe<Array<RelationshipType>>;
  top?: InputMaybe<Scalars['Int']['input']>;
  excludeIds: InputMaybe<Array<Scalars['ID']['input']>>;
  withinNetwork: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySuspectsLinkedToBothArgs = {
  crimeA: Scalars['ID']['input'];
  crimeB: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


export type QueryRouteHotspotsArgs = {
  routeId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


export type QuerySuspectPolycriminalityArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDuplicateCandidatesArgs = {
  kind: InputMaybe<Kind>;
  entityId: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


export type QueryResolvedDuplicatesArgs = {
  entityId: Scalars['ID']['input'];
};


export type QueryOrganisationsArgs = {
  filter: InputMaybe<OrganisationFilter>;
  orderBy: InputMaybe<OrganisationOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


export type QueryOperationsArgs = {
  filter: InputMaybe<OperationFilter>;
  orderBy: InputMaybe<OperationOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


export type QueryRoutesArgs = {
  filter: InputMaybe<RouteFilter>;
  orderBy: InputMaybe<RouteOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


export type QueryCrimeTypesArgs = {
  filter: InputMaybe<CrimeTypeFilter>;
  orderBy: InputMaybe<CrimeTypeOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


export type QueryNetworkRolesArgs = {
  filter: InputMaybe<NetworkRoleFilter>;
  orderBy: InputMaybe<NetworkRoleOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


export type QueryLocationsArgs = {
  filter: InputMaybe<LocationFilter>;
  orderBy: InputMaybe<LocationOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


export type QueryModiOperandiArgs = {
  filter: InputMaybe<ModusOperandiFilter>;
  orderBy: InputMaybe<ModusOperandiOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


export type QueryPaymentMethodsArgs = {
  filter: InputMaybe<PaymentMethodFilter>;
  orderBy: InputMaybe<PaymentMethodOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


export type QuerySectorsArgs = {
  filter: InputMaybe<SectorFilter>;
  orderBy: InputMaybe<SectorOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


export type QueryDocumentTypesArgs = {
  filter: InputMaybe<DocumentTypeFilter>;
  orderBy: InputMaybe<DocumentTypeOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


export type QueryToolsArgs = {
  filter: InputMaybe<ToolFilter>;
  orderBy: InputMaybe<ToolOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


export type QueryFiguresArgs = {
  filter: InputMaybe<FigureFilter>;
  orderBy: InputMaybe<FigureOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


export type QueryPersonsArgs = {
  filter: InputMaybe<PersonFilter>;
  orderBy: InputMaybe<PersonOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


export type QueryNetworksArgs = {
  filter: InputMaybe<NetworkFilter>;
  orderBy: InputMaybe<NetworkOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


export type QueryIdentifiersArgs = {
  filter: InputMaybe<IdentifierFilter>;
  orderBy: InputMaybe<IdentifierOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


export type QuerySourceDocumentsArgs = {
  filter: InputMaybe<SourceFilter>;
  orderBy: InputMaybe<SourceOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEntitiesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryNeighbourhoodArgs = {
  ids: Array<Scalars['ID']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  relationshipTypes: InputMaybe<Array<RelationshipType>>;
  kinds: InputMaybe<Array<Kind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  excludeIds: InputMaybe<Array<Scalars['ID']['input']>>;
  includeStructural?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QuerySubgraphArgs = {
  ids: Array<Scalars['ID']['input']>;
  connectTo: InputMaybe<Array<Scalars['ID']['input']>>;
  relationshipTypes: InputMaybe<Array<RelationshipType>>;
  includeStructural?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryPathsArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  mode?: InputMaybe<PathMode>;
  k?: InputMaybe<Scalars['Int']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  relationshipTypes: InputMaybe<Array<RelationshipType>>;
  kinds: InputMaybe<Array<Kind>>;
  excludeIds: InputMaybe<Array<Scalars['ID']['input']>>;
  includeStructural?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryImportJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDocumentMentionsArgs = {
  sourceId: Scalars['ID']['input'];
};


export type QueryReviewQueueArgs = {
  sourceId: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


export type QueryNotesArgs = {
  targetIds: Array<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPolycriminalityArgs = {
  crimeTypeId?: InputMaybe<Scalars['ID']['input']>;
  year: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySharedConnectionsArgs = {
  first: Scalars['ID']['input'];
  second: Scalars['ID']['input'];
  kinds?: InputMaybe<Array<Kind>>;
};


export type QuerySearchArgs = {
  query: Scalars['String']['input'];
  kinds: InputMaybe<Array<Kind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  fuzzy?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QuerySearchNotesArgs = {
  query: Scalars['String']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryViewArgs = {
  id: Scalars['ID']['input'];
};

export type User = {
  name: Scalars['String']['output'];
  role: Role;
  clearance: Marking;
  createdAt: Scalars['String']['output'];
  disabled: Scalars['Boolean']['output'];
  /** Live API tokens (ids and labels only; a token's secret is shown once, when it is made). */
  tokens: Array<ApiTokenInfo>;
};

export type ApiTokenInfo = {
  id: Scalars['ID']['output'];
  label: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['String']['output'];
  expiresAt: Maybe<Scalars['String']['output']>;
};

export type NewApiToken = {
  id: Scalars['ID']['output'];
  /** Send as "Authorization: Bearer <token>". Shown only now. */
  token: Scalars['String']['output'];
  user: Scalars['String']['output'];
};

export type AuditEvent = {
  id: Scalars['ID']['output'];
  at: Scalars['String']['output'];
  actor: Scalars['String']['output'];
  action: Scalars['String']['output'];
  outcome: Scalars['String']['output'];
  target: Maybe<Scalars['String']['output']>;
  details: Maybe<Scalars['String']['output']>;
  /** JSON of the record before a change. */
  before: Maybe<Scalars['String']['output']>;
  /** JSON of the record after a change. */
  after: Maybe<Scalars['String']['output']>;
};

export type AuditPage = {
  events: Array<AuditEvent>;
  /** Pass as `after` for older events. */
  endCursor: Maybe<Scalars['String']['output']>;
};

export type Mutation = {
  createUser: User;
  updateUser: User;
  createApiToken: NewApiToken;
  revokeApiToken: Scalars['Boolean']['output'];
  /** A one-time sign-in link (valid 24 hours) for a user of the explorer. */
  createSignInLink: Scalars['String']['output'];
  /**
   * Judges a pair: SAME resolves one into the other (reversible with undoResolution); NOT_SAME is
   * remembered and the pair is never proposed again; UNSURE keeps it in the queue, after the others.
   * A new judgement of the same pair replaces the last.
   */
  judgeDuplicate: DuplicateJudgementResult;
  /** Undoes the resolution of this duplicate: it is an entity again, with the relationships it had. */
  undoResolution: DuplicateJudgementResult;
  /**
   * Exports what you may see of a selection or of a whole import (recorded in the audit log). A
   * download holds at most 20000 entities: export larger imports with npm run export.
   */
  exportGraph: GraphExport;
  /** Checks an import without writing anything: every problem with its line and column, the header, a preview and the counts. */
  checkImport: ImportReport;
  /**
   * Starts an import at markings within your clearance and answers at once with its job; poll
   * importJob(id) for progress and the result. The import is checked first and nothing is written
   * when any row is wrong; importing the same file again changes nothing.
   */
  startImport: ImportJob;
  ingestDocument: IngestResult;
  acceptCandidate: CandidateAcceptanceResult;
  editCandidate: Candidate;
  rejectCandidate: Candidate;
  /**
   * Replaces an entity you can see (its properties and the evidence you can see; evidence above your
   * clearance is kept) or creates a new one with a new id, in one audited transaction.
   */
  upsertEntity: Entity;
  /** Deletes an entity and its relationships; refused when it has relationships or evidence you cannot see. */
  deleteEntity: DeleteResult;
  /**
   * Replaces the relationship of this type between the two entities with the same order, year and
   * kind of link, if you can see one (keeping evidence above your clearance), or creates a new one
   * with a new id; relationships you cannot see are never touched.
   */
  upsertLink: GraphEdge;
  /** Deletes a relationship you can see; refused when it carries evidence you cannot see. */
  deleteLink: DeleteResult;
  /** Adds a note to an entity or relationship you can see; NOT_FOUND for anything else, in the words used for an id nothing has. */
  addNote: Note;
  /** Deletes one of your notes (admins: any note they may see); NOT_FOUND for a note you cannot see. */
  deleteNote: DeleteResult;
  /** Stores the view under a new short id. Saving changes no knowledge: every signed-in user may. */
  saveView: SavedView;
  /** Deletes one of your views (admins: any view they may see); NOT_FOUND for a view you cannot see. */
  deleteView: DeleteResult;
};


export type MutationCreateUserArgs = {
  name: Scalars['String']['input'];
  role: Role;
  clearance: Marking;
};


export type MutationUpdateUserArgs = {
  name: Scalars['String']['input'];
  role: InputMaybe<Role>;
  clearance: InputMaybe<Marking>;
  disable: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationCreateApiTokenArgs = {
  user: Scalars['String']['input'];
  label: InputMaybe<Scalars['String']['input']>;
  expiresInDays: InputMaybe<Scalars['Int']['input']>;
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateSignInLinkArgs = {
  user: Scalars['String']['input'];
};


export type MutationJudgeDuplicateArgs = {
  input: JudgeDuplicateInput;
};


export type MutationUndoResolutionArgs = {
  duplicateId: Scalars['ID']['input'];
};


export type MutationExportGraphArgs = {
  scope: ExportScope;
  format: ExportFormat;
};


export type MutationCheckImportArgs = {
  input: CsvImportInput;
};


export type MutationStartImportArgs = {
  input: CsvImportInput;
};


export type MutationIngestDocumentArgs = {
  input: IngestDocumentInput;
};


export type MutationAcceptCandidateArgs = {
  input: AcceptCandidateInput;
};


export type MutationEditCandidateArgs = {
  input: EditCandidateInput;
};


export type MutationRejectCandidateArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpsertEntityArgs = {
  input: EntityInput;
};


export type MutationDeleteEntityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpsertLinkArgs = {
  input: LinkInput;
};


export type MutationDeleteLinkArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddNoteArgs = {
  input: NoteInput;
};


export type MutationDeleteNoteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSaveViewArgs = {
  input: SavedViewInput;
};


export type MutationDeleteViewArgs = {
  id: Scalars['ID']['input'];
};

export type CentralityMeasure =
  /** Number of relationships. */
  | 'DEGREE'
  /** How often a node lies on shortest paths between others (brokers, gatekeepers). */
  | 'BETWEENNESS'
  /** Importance from being linked to by important nodes. */
  | 'PAGERANK';

/** What computed an analytics result. */
export type AnalyticsEngine =
  /** Neo4j Graph Data Science, inside the database. */
  | 'GDS'
  /** The graphology library in the API process (when GDS is not installed). */
  | 'GRAPHOLOGY';

export type CentralityScore = {
  rank: Scalars['Int']['output'];
  entity: Entity;
  score: Scalars['Float']['output'];
};

export type CentralityResult = {
  measure: CentralityMeasure;
  engine: AnalyticsEngine;
  /** Size of the analysed subgraph. */
  nodeCount: Scalars['Int']['output'];
  relationshipCount: Scalars['Int']['output'];
  /** Highest scores first. */
  scores: Array<CentralityScore>;
};

export type Community = {
  id: Scalars['Int']['output'];
  size: Scalars['Int']['output'];
  /** Members, highest degree first. */
  members: Array<Entity>;
};

export type CommunityResult = {
  engine: AnalyticsEngine;
  nodeCount: Scalars['Int']['output'];
  relationshipCount: Scalars['Int']['output'];
  /** Largest communities first. */
  communities: Array<Community>;
};

/** Another person a person communicated with, directly or through the identifiers both use. */
export type Contact = {
  person: Person;
  /** Communications recorded between them (the sum of the records' counts). */
  communications: Scalars['Int']['output'];
  /** Communication records between them. */
  records: Scalars['Int']['output'];
  /** Date of the last communication. */
  lastDate: Maybe<Scalars['String']['output']>;
};

export type ContactConnection = {
  /** Most communications first. */
  contacts: Array<Contact>;
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
};

/** The members of a network in one role. */
export type RoleMembers = {
  /** Id of the network role (role-leader, role-driver, ...), empty when none is recorded. */
  roleId: Scalars['ID']['output'];
  role: Maybe<NetworkRole>;
  count: Scalars['Int']['output'];
  /** Members in this role, by name. */
  members: Array<Person>;
};


/** The members of a network in one role. */
export type RoleMembersMembersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};

/** A member of a network ranked by how connected it is within the network. */
export type CentralMember = {
  person: Person;
  roleId: Maybe<Scalars['ID']['output']>;
  role: Maybe<NetworkRole>;
  /** Distinct members of the same network it communicated with. */
  degree: Scalars['Int']['output'];
  /** Communications recorded with them. */
  communications: Scalars['Int']['output'];
};

/** A suspect or another actor in a case, by name or pseudonym. */
export type Person = Entity & {
  /**
   * Persons this person communicated with: directly, or between identifiers each of them uses.
   * Most communications first; first at most 500.
   */
  contacts: ContactConnection;
  id: Scalars['ID']['output'];
  kind: Kind;
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  marking: Marking;
  sources: Array<SourceSupport>;
  evidence: Array<Evidence>;
  figures: Array<Figure>;
  /** Its relationships, optionally filtered; source documents and figures only with includeStructural; first: at most 500 per page. */
  links: Array<Link>;
  /** Its relationships, optionally filtered; source documents and figures only with includeStructural, with totalCount and pageInfo. */
  linksConnection: LinkConnection;
  /** Its visible links (not provenance or figures), counted up to 1,000: that number means at least so many. */
  degree: Scalars['Int']['output'];
  /** Analysts' notes on it that you may see, newest first; first: at most 100. */
  notes: Array<Note>;
  /** Their part in the case. */
  status: Maybe<PersonStatus>;
  /** Date of birth where known (ISO date, year-month or year). */
  dateOfBirth: Maybe<Scalars['String']['output']>;
  /** Gender as recorded. */
  gender: Maybe<PersonGender>;
  /** member of: MEMBER_OF links from this person; first: at most 500 per page. */
  memberOf: Array<Link>;
  /** member of: MEMBER_OF links from this person, with totalCount and pageInfo. */
  memberOfConnection: LinkConnection;
  /** targets (incoming): TARGETS links to this person; first: at most 500 per page. */
  targetedBy: Array<Link>;
  /** targets (incoming): TARGETS links to this person, with totalCount and pageInfo. */
  targetedByConnection: LinkConnection;
  /** active in: ACTIVE_IN links from this person; first: at most 500 per page. */
  activeIn: Array<Link>;
  /** active in: ACTIVE_IN links from this person, with totalCount and pageInfo. */
  activeInConnection: LinkConnection;
  /** national of: NATIONAL_OF links from this person; first: at most 500 per page. */
  nationalities: Array<Link>;
  /** national of: NATIONAL_OF links from this person, with totalCount and pageInfo. */
  nationalitiesConnection: LinkConnection;
  /** suspected of: SUSPECTED_OF links from this person; first: at most 500 per page. */
  suspectedOf: Array<Link>;
  /** suspected of: SUSPECTED_OF links from this person, with totalCount and pageInfo. */
  suspectedOfConnection: LinkConnection;
  /** operates along: OPERATES_ALONG links from this person; first: at most 500 per page. */
  operatesAlong: Array<Link>;
  /** operates along: OPERATES_ALONG links from this person, with totalCount and pageInfo. */
  operatesAlongConnection: LinkConnection;
  /** uses: USES_IDENTIFIER links from this person; first: at most 500 per page. */
  identifiers: Array<Link>;
  /** uses: USES_IDENTIFIER links from this person, with totalCount and pageInfo. */
  identifiersConnection: LinkConnection;
  /** communicated with: COMMUNICATED_WITH links from this person; first: at most 500 per page. */
  contacted: Array<Link>;
  /** communicated with: COMMUNICATED_WITH links from this person, with totalCount and pageInfo. */
  contactedConnection: LinkConnection;
  /** communicated with (incoming): COMMUNICATED_WITH links to this person; first: at most 500 per page. */
  contactedBy: Array<Link>;
  /** communicated with (incoming): COMMUNICATED_WITH links to this person, with totalCount and pageInfo. */
  contactedByConnection: LinkConnection;
  /** measures (incoming): MEASURES links to this person; first: at most 500 per page. */
  measuredBy: Array<Link>;
  /** measures (incoming): MEASURES links to this person, with totalCount and pageInfo. */
  measuredByConnection: LinkConnection;
  /** mentioned in: MENTIONED_IN links from this person; first: at most 500 per page. */
  mentionedIn: Array<Link>;
  /** mentioned in: MENTIONED_IN links from this person, with totalCount and pageInfo. */
  mentionedInConnection: LinkConnection;
};


/** A suspect or another actor in a case, by name or pseudonym. */
export type PersonContactsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A suspect or another actor in a case, by name or pseudonym. */
export type PersonLinksArgs = {
  types: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  kinds: InputMaybe<Array<Kind>>;
  includeStructural?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A suspect or another actor in a case, by name or pseudonym. */
export type PersonLinksConnectionArgs = {
  types: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  kinds: InputMaybe<Array<Kind>>;
  includeStructural?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A suspect or another actor in a case, by name or pseudonym. */
export type PersonNotesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A suspect or another actor in a case, by name or pseudonym. */
export type PersonMemberOfArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A suspect or another actor in a case, by name or pseudonym. */
export type PersonMemberOfConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A suspect or another actor in a case, by name or pseudonym. */
export type PersonTargetedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A suspect or another actor in a case, by name or pseudonym. */
export type PersonTargetedByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A suspect or another actor in a case, by name or pseudonym. */
export type PersonActiveInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A suspect or another actor in a case, by name or pseudonym. */
export type PersonActiveInConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A suspect or another actor in a case, by name or pseudonym. */
export type PersonNationalitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A suspect or another actor in a case, by name or pseudonym. */
export type PersonNationalitiesConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A suspect or another actor in a case, by name or pseudonym. */
export type PersonSuspectedOfArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A suspect or another actor in a case, by name or pseudonym. */
export type PersonSuspectedOfConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A suspect or another actor in a case, by name or pseudonym. */
export type PersonOperatesAlongArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A suspect or another actor in a case, by name or pseudonym. */
export type PersonOperatesAlongConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A suspect or another actor in a case, by name or pseudonym. */
export type PersonIdentifiersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A suspect or another actor in a case, by name or pseudonym. */
export type PersonIdentifiersConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A suspect or another actor in a case, by name or pseudonym. */
export type PersonContactedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A suspect or another actor in a case, by name or pseudonym. */
export type PersonContactedConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A suspect or another actor in a case, by name or pseudonym. */
export type PersonContactedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A suspect or another actor in a case, by name or pseudonym. */
export type PersonContactedByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A suspect or another actor in a case, by name or pseudonym. */
export type PersonMeasuredByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A suspect or another actor in a case, by name or pseudonym. */
export type PersonMeasuredByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A suspect or another actor in a case, by name or pseudonym. */
export type PersonMentionedInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A suspect or another actor in a case, by name or pseudonym. */
export type PersonMentionedInConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};

/** A criminal network or organised crime group in a case. */
export type Network = Entity & {
  /** Members grouped by role, largest group first. */
  membersByRole: Array<RoleMembers>;
  /** Members with the highest degree of communications among the network's members, highest first. */
  centralMembers: Array<CentralMember>;
  id: Scalars['ID']['output'];
  kind: Kind;
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  marking: Marking;
  sources: Array<SourceSupport>;
  evidence: Array<Evidence>;
  figures: Array<Figure>;
  /** Its relationships, optionally filtered; source documents and figures only with includeStructural; first: at most 500 per page. */
  links: Array<Link>;
  /** Its relationships, optionally filtered; source documents and figures only with includeStructural, with totalCount and pageInfo. */
  linksConnection: LinkConnection;
  /** Its visible links (not provenance or figures), counted up to 1,000: that number means at least so many. */
  degree: Scalars['Int']['output'];
  /** Analysts' notes on it that you may see, newest first; first: at most 100. */
  notes: Array<Note>;
  /** How it is organised, as the case data says. */
  structure: Maybe<NetworkStructure>;
  /** Members the case data counts. */
  size: Maybe<Scalars['Int']['output']>;
  /** member of (incoming): MEMBER_OF links to this criminal network; first: at most 500 per page. */
  members: Array<Link>;
  /** member of (incoming): MEMBER_OF links to this criminal network, with totalCount and pageInfo. */
  membersConnection: LinkConnection;
  /** targets (incoming): TARGETS links to this criminal network; first: at most 500 per page. */
  targetedBy: Array<Link>;
  /** targets (incoming): TARGETS links to this criminal network, with totalCount and pageInfo. */
  targetedByConnection: LinkConnection;
  /** active in: ACTIVE_IN links from this criminal network; first: at most 500 per page. */
  activeIn: Array<Link>;
  /** active in: ACTIVE_IN links from this criminal network, with totalCount and pageInfo. */
  activeInConnection: LinkConnection;
  /** suspected of: SUSPECTED_OF links from this criminal network; first: at most 500 per page. */
  suspectedOf: Array<Link>;
  /** suspected of: SUSPECTED_OF links from this criminal network, with totalCount and pageInfo. */
  suspectedOfConnection: LinkConnection;
  /** operates along: OPERATES_ALONG links from this criminal network; first: at most 500 per page. */
  operatesAlong: Array<Link>;
  /** operates along: OPERATES_ALONG links from this criminal network, with totalCount and pageInfo. */
  operatesAlongConnection: LinkConnection;
  /** uses: USES_IDENTIFIER links from this criminal network; first: at most 500 per page. */
  identifiers: Array<Link>;
  /** uses: USES_IDENTIFIER links from this criminal network, with totalCount and pageInfo. */
  identifiersConnection: LinkConnection;
  /** measures (incoming): MEASURES links to this criminal network; first: at most 500 per page. */
  measuredBy: Array<Link>;
  /** measures (incoming): MEASURES links to this criminal network, with totalCount and pageInfo. */
  measuredByConnection: LinkConnection;
  /** mentioned in: MENTIONED_IN links from this criminal network; first: at most 500 per page. */
  mentionedIn: Array<Link>;
  /** mentioned in: MENTIONED_IN links from this criminal network, with totalCount and pageInfo. */
  mentionedInConnection: LinkConnection;
};


/** A criminal network or organised crime group in a case. */
export type NetworkCentralMembersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A criminal network or organised crime group in a case. */
export type NetworkLinksArgs = {
  types: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  kinds: InputMaybe<Array<Kind>>;
  includeStructural?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A criminal network or organised crime group in a case. */
export type NetworkLinksConnectionArgs = {
  types: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  kinds: InputMaybe<Array<Kind>>;
  includeStructural?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A criminal network or organised crime group in a case. */
export type NetworkNotesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A criminal network or organised crime group in a case. */
export type NetworkMembersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A criminal network or organised crime group in a case. */
export type NetworkMembersConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A criminal network or organised crime group in a case. */
export type NetworkTargetedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A criminal network or organised crime group in a case. */
export type NetworkTargetedByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A criminal network or organised crime group in a case. */
export type NetworkActiveInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A criminal network or organised crime group in a case. */
export type NetworkActiveInConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A criminal network or organised crime group in a case. */
export type NetworkSuspectedOfArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A criminal network or organised crime group in a case. */
export type NetworkSuspectedOfConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A criminal network or organised crime group in a case. */
export type NetworkOperatesAlongArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A criminal network or organised crime group in a case. */
export type NetworkOperatesAlongConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A criminal network or organised crime group in a case. */
export type NetworkIdentifiersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A criminal network or organised crime group in a case. */
export type NetworkIdentifiersConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A criminal network or organised crime group in a case. */
export type NetworkMeasuredByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A criminal network or organised crime group in a case. */
export type NetworkMeasuredByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A criminal network or organised crime group in a case. */
export type NetworkMentionedInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A criminal network or organised crime group in a case. */
export type NetworkMentionedInConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};

/** A hotspot of a route with the persons and networks active there. */
export type RouteHotspot = {
  hotspot: Location;
  suspects: Scalars['Int']['output'];
  networks: Scalars['Int']['output'];
};

/** Suspects of one crime type beside migrant smuggling, next to the documents' published share. */
export type SuspectCrimeShare = {
  crimeType: CrimeType;
  /** Visible persons suspected of it. */
  suspects: Scalars['Int']['output'];
  /** Percentage of polycriminal suspects suspected of it (null when there are none). */
  share: Maybe<Scalars['Float']['output']>;
  /** The share the documents publish for polycriminal suspects (percent), for the year asked for. */
  publishedShare: Maybe<Scalars['Float']['output']>;
};

export type SuspectPolycriminality = {
  year: Maybe<Scalars['Int']['output']>;
  /** Visible persons suspected of at least one crime type other than migrant smuggling. */
  polycriminalSuspects: Scalars['Int']['output'];
  /** Most suspects first. */
  crimes: Array<SuspectCrimeShare>;
};

/** One entity of a pair the duplicate queue proposes, as the queue compares it. */
export type DuplicateMember = {
  id: Scalars['ID']['output'];
  kind: Kind;
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  marking: Marking;
};

/** Two visible entities of one kind that may be one thing, how sure that is (0 to 1) and why. */
export type DuplicateCandidate = {
  a: DuplicateMember;
  b: DuplicateMember;
  score: Scalars['Float']['output'];
  /** Plain words: the same name, similar names, an acronym, an identifier both use. */
  reasons: Array<Scalars['String']['output']>;
  /** UNSURE when an analyst judged the pair so (such pairs come after the others); null when nobody has. */
  verdict: Maybe<DuplicateVerdict>;
};

export type DuplicateCandidatePage = {
  /** Pairs proposed in all, on every page. */
  totalCount: Scalars['Int']['output'];
  candidates: Array<DuplicateCandidate>;
  /** Pass as `after` for the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A quote of a source document, kept with the entity it was first written for. */
export type ResolvedEvidence = {
  sourceId: Scalars['ID']['output'];
  quote: Scalars['String']['output'];
  date: Maybe<Scalars['String']['output']>;
  modality: Modality;
};

/**
 * An entity judged the same as another and resolved into it: it is no longer an entity of its own
 * (queries, search and the explorer see only the one it was resolved into), but keeps its names,
 * aliases and quotes, each with its own source, until the resolution is undone.
 */
export type ResolvedDuplicate = {
  id: Scalars['ID']['output'];
  kind: Kind;
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  marking: Marking;
  /** The entity it was resolved into: the one asked about, or one resolved into it later. */
  resolvedInto: Scalars['ID']['output'];
  judgedBy: Scalars['String']['output'];
  judgedAt: Scalars['String']['output'];
  score: Maybe<Scalars['Float']['output']>;
  reasons: Array<Scalars['String']['output']>;
  evidence: Array<ResolvedEvidence>;
};

export type JudgeDuplicateInput = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
  verdict: DuplicateVerdict;
  /**
   * SAME only: the entity to keep (the other is resolved into it). Default: the one marked for the
   * wider readership, then the better linked. The kept one may not be marked above the other.
   */
  keep: InputMaybe<Scalars['ID']['input']>;
};

export type DuplicateJudgementResult = {
  verdict: DuplicateVerdict;
  /** SAME: the entity kept, and the one resolved into it. */
  survivorId: Maybe<Scalars['ID']['output']>;
  duplicateId: Maybe<Scalars['ID']['output']>;
  /** Relationships that moved (SAME, and undo). */
  movedLinks: Scalars['Int']['output'];
};

/** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
export type Organisation = Entity & {
  id: Scalars['ID']['output'];
  kind: Kind;
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  marking: Marking;
  sources: Array<SourceSupport>;
  evidence: Array<Evidence>;
  figures: Array<Figure>;
  /** Its relationships, optionally filtered; source documents and figures only with includeStructural; first: at most 500 per page. */
  links: Array<Link>;
  /** Its relationships, optionally filtered; source documents and figures only with includeStructural, with totalCount and pageInfo. */
  linksConnection: LinkConnection;
  /** Its visible links (not provenance or figures), counted up to 1,000: that number means at least so many. */
  degree: Scalars['Int']['output'];
  /** Analysts' notes on it that you may see, newest first; first: at most 100. */
  notes: Array<Note>;
  /** What sort of body it is. */
  orgType: Maybe<OrganisationType>;
  /** Seat, where the documents give it. */
  headquarters: Maybe<Scalars['String']['output']>;
  /** When it was set up (ISO date, year-month or year). */
  founded: Maybe<Scalars['String']['output']>;
  /** What it is for, in the documents' words. */
  mandate: Maybe<Scalars['String']['output']>;
  /** part of: PART_OF links from this organisation; first: at most 500 per page. */
  partOf: Array<Link>;
  /** part of: PART_OF links from this organisation, with totalCount and pageInfo. */
  partOfConnection: LinkConnection;
  /** part of (incoming): PART_OF links to this organisation; first: at most 500 per page. */
  parts: Array<Link>;
  /** part of (incoming): PART_OF links to this organisation, with totalCount and pageInfo. */
  partsConnection: LinkConnection;
  /** partner of: PARTNER_OF links from this organisation; first: at most 500 per page. */
  partners: Array<Link>;
  /** partner of: PARTNER_OF links from this organisation, with totalCount and pageInfo. */
  partnersConnection: LinkConnection;
  /** partner of (incoming): PARTNER_OF links to this organisation; first: at most 500 per page. */
  partnerOf: Array<Link>;
  /** partner of (incoming): PARTNER_OF links to this organisation, with totalCount and pageInfo. */
  partnerOfConnection: LinkConnection;
  /** member of: MEMBER_OF links from this organisation; first: at most 500 per page. */
  memberOf: Array<Link>;
  /** member of: MEMBER_OF links from this organisation, with totalCount and pageInfo. */
  memberOfConnection: LinkConnection;
  /** member of (incoming): MEMBER_OF links to this organisation; first: at most 500 per page. */
  members: Array<Link>;
  /** member of (incoming): MEMBER_OF links to this organisation, with totalCount and pageInfo. */
  membersConnection: LinkConnection;
  /** based in: BASED_IN links from this organisation; first: at most 500 per page. */
  basedIn: Array<Link>;
  /** based in: BASED_IN links from this organisation, with totalCount and pageInfo. */
  basedInConnection: LinkConnection;
  /** led by (incoming): LED_BY links to this organisation; first: at most 500 per page. */
  leads: Array<Link>;
  /** led by (incoming): LED_BY links to this organisation, with totalCount and pageInfo. */
  leadsConnection: LinkConnection;
  /** involved (incoming): INVOLVED links to this organisation; first: at most 500 per page. */
  participatesIn: Array<Link>;
  /** involved (incoming): INVOLVED links to this organisation, with totalCount and pageInfo. */
  participatesInConnection: LinkConnection;
  /** funded by: FUNDED_BY links from this organisation; first: at most 500 per page. */
  fundedBy: Array<Link>;
  /** funded by: FUNDED_BY links from this organisation, with totalCount and pageInfo. */
  fundedByConnection: LinkConnection;
  /** funded by (incoming): FUNDED_BY links to this organisation; first: at most 500 per page. */
  funds: Array<Link>;
  /** funded by (incoming): FUNDED_BY links to this organisation, with totalCount and pageInfo. */
  fundsConnection: LinkConnection;
  /** targets: TARGETS links from this organisation; first: at most 500 per page. */
  targets: Array<Link>;
  /** targets: TARGETS links from this organisation, with totalCount and pageInfo. */
  targetsConnection: LinkConnection;
  /** operates: OPERATES links from this organisation; first: at most 500 per page. */
  operates: Array<Link>;
  /** operates: OPERATES links from this organisation, with totalCount and pageInfo. */
  operatesConnection: LinkConnection;
  /** uses: USES_TOOL links from this organisation; first: at most 500 per page. */
  tools: Array<Link>;
  /** uses: USES_TOOL links from this organisation, with totalCount and pageInfo. */
  toolsConnection: LinkConnection;
  /** published: PUBLISHED links from this organisation; first: at most 500 per page. */
  published: Array<Link>;
  /** published: PUBLISHED links from this organisation, with totalCount and pageInfo. */
  publishedConnection: LinkConnection;
  /** measures (incoming): MEASURES links to this organisation; first: at most 500 per page. */
  measuredBy: Array<Link>;
  /** measures (incoming): MEASURES links to this organisation, with totalCount and pageInfo. */
  measuredByConnection: LinkConnection;
  /** mentioned in: MENTIONED_IN links from this organisation; first: at most 500 per page. */
  mentionedIn: Array<Link>;
  /** mentioned in: MENTIONED_IN links from this organisation, with totalCount and pageInfo. */
  mentionedInConnection: LinkConnection;
};


/** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
export type OrganisationLinksArgs = {
  types: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  kinds: InputMaybe<Array<Kind>>;
  includeStructural?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
export type OrganisationLinksConnectionArgs = {
  types: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  kinds: InputMaybe<Array<Kind>>;
  includeStructural?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
export type OrganisationNotesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
export type OrganisationPartOfArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
export type OrganisationPartOfConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
export type OrganisationPartsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
export type OrganisationPartsConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
export type OrganisationPartnersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
export type OrganisationPartnersConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
export type OrganisationPartnerOfArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
export type OrganisationPartnerOfConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
export type OrganisationMemberOfArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
export type OrganisationMemberOfConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
export type OrganisationMembersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
export type OrganisationMembersConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
export type OrganisationBasedInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
export type OrganisationBasedInConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
export type OrganisationLeadsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
export type OrganisationLeadsConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
export type OrganisationParticipatesInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
export type OrganisationParticipatesInConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
export type OrganisationFundedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
export type OrganisationFundedByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
export type OrganisationFundsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
export type OrganisationFundsConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
export type OrganisationTargetsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
export type OrganisationTargetsConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
export type OrganisationOperatesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
export type OrganisationOperatesConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
export type OrganisationToolsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
export type OrganisationToolsConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
export type OrganisationPublishedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
export type OrganisationPublishedConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
export type OrganisationMeasuredByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
export type OrganisationMeasuredByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
export type OrganisationMentionedInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
export type OrganisationMentionedInConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};

/** Filters for the organisations list; all given conditions must hold. */
export type OrganisationFilter = {
  /** Case-insensitive substring of the name or an alias. */
  nameContains: InputMaybe<Scalars['String']['input']>;
  /** Only entities stated by this source document. */
  source: InputMaybe<Scalars['ID']['input']>;
  orgType: InputMaybe<OrganisationType>;
};

export type OrganisationOrderField =
  | 'NAME'
  | 'ORG_TYPE';

export type OrganisationOrder = {
  field: OrganisationOrderField;
  direction: SortDirection;
};

export type OrganisationEdge = {
  cursor: Scalars['String']['output'];
  node: Organisation;
};

export type OrganisationConnection = {
  edges: Array<OrganisationEdge>;
  nodes: Array<Organisation>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Operations, programmes, projects, forums, conferences, joint action days and other dated events. */
export type Operation = Entity & {
  id: Scalars['ID']['output'];
  kind: Kind;
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  marking: Marking;
  sources: Array<SourceSupport>;
  evidence: Array<Evidence>;
  figures: Array<Figure>;
  /** Its relationships, optionally filtered; source documents and figures only with includeStructural; first: at most 500 per page. */
  links: Array<Link>;
  /** Its relationships, optionally filtered; source documents and figures only with includeStructural, with totalCount and pageInfo. */
  linksConnection: LinkConnection;
  /** Its visible links (not provenance or figures), counted up to 1,000: that number means at least so many. */
  degree: Scalars['Int']['output'];
  /** Analysts' notes on it that you may see, newest first; first: at most 100. */
  notes: Array<Note>;
  /** What sort of action it is. */
  opType: Maybe<OperationType>;
  /** First day (or month or year) as the documents give it. */
  startDate: Maybe<Scalars['String']['output']>;
  /** Last day (or month or year). */
  endDate: Maybe<Scalars['String']['output']>;
  /** Region it covered, in the documents' words. */
  region: Maybe<Scalars['String']['output']>;
  /** Results the documents report. */
  outcome: Maybe<Scalars['String']['output']>;
  /** part of: PART_OF links from this operation; first: at most 500 per page. */
  partOf: Array<Link>;
  /** part of: PART_OF links from this operation, with totalCount and pageInfo. */
  partOfConnection: LinkConnection;
  /** part of (incoming): PART_OF links to this operation; first: at most 500 per page. */
  parts: Array<Link>;
  /** part of (incoming): PART_OF links to this operation, with totalCount and pageInfo. */
  partsConnection: LinkConnection;
  /** led by: LED_BY links from this operation; first: at most 500 per page. */
  ledBy: Array<Link>;
  /** led by: LED_BY links from this operation, with totalCount and pageInfo. */
  ledByConnection: LinkConnection;
  /** involved: INVOLVED links from this operation; first: at most 500 per page. */
  participants: Array<Link>;
  /** involved: INVOLVED links from this operation, with totalCount and pageInfo. */
  participantsConnection: LinkConnection;
  /** funded by: FUNDED_BY links from this operation; first: at most 500 per page. */
  fundedBy: Array<Link>;
  /** funded by: FUNDED_BY links from this operation, with totalCount and pageInfo. */
  fundedByConnection: LinkConnection;
  /** targets: TARGETS links from this operation; first: at most 500 per page. */
  targets: Array<Link>;
  /** targets: TARGETS links from this operation, with totalCount and pageInfo. */
  targetsConnection: LinkConnection;
  /** took place in: TOOK_PLACE_IN links from this operation; first: at most 500 per page. */
  places: Array<Link>;
  /** took place in: TOOK_PLACE_IN links from this operation, with totalCount and pageInfo. */
  placesConnection: LinkConnection;
  /** uses: USES_TOOL links from this operation; first: at most 500 per page. */
  tools: Array<Link>;
  /** uses: USES_TOOL links from this operation, with totalCount and pageInfo. */
  toolsConnection: LinkConnection;
  /** uses method: USES_METHOD links from this operation; first: at most 500 per page. */
  methods: Array<Link>;
  /** uses method: USES_METHOD links from this operation, with totalCount and pageInfo. */
  methodsConnection: LinkConnection;
  /** measures (incoming): MEASURES links to this operation; first: at most 500 per page. */
  measuredBy: Array<Link>;
  /** measures (incoming): MEASURES links to this operation, with totalCount and pageInfo. */
  measuredByConnection: LinkConnection;
  /** mentioned in: MENTIONED_IN links from this operation; first: at most 500 per page. */
  mentionedIn: Array<Link>;
  /** mentioned in: MENTIONED_IN links from this operation, with totalCount and pageInfo. */
  mentionedInConnection: LinkConnection;
};


/** Operations, programmes, projects, forums, conferences, joint action days and other dated events. */
export type OperationLinksArgs = {
  types: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  kinds: InputMaybe<Array<Kind>>;
  includeStructural?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Operations, programmes, projects, forums, conferences, joint action days and other dated events. */
export type OperationLinksConnectionArgs = {
  types: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  kinds: InputMaybe<Array<Kind>>;
  includeStructural?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Operations, programmes, projects, forums, conferences, joint action days and other dated events. */
export type OperationNotesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Operations, programmes, projects, forums, conferences, joint action days and other dated events. */
export type OperationPartOfArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Operations, programmes, projects, forums, conferences, joint action days and other dated events. */
export type OperationPartOfConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Operations, programmes, projects, forums, conferences, joint action days and other dated events. */
export type OperationPartsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Operations, programmes, projects, forums, conferences, joint action days and other dated events. */
export type OperationPartsConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Operations, programmes, projects, forums, conferences, joint action days and other dated events. */
export type OperationLedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Operations, programmes, projects, forums, conferences, joint action days and other dated events. */
export type OperationLedByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Operations, programmes, projects, forums, conferences, joint action days and other dated events. */
export type OperationParticipantsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Operations, programmes, projects, forums, conferences, joint action days and other dated events. */
export type OperationParticipantsConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Operations, programmes, projects, forums, conferences, joint action days and other dated events. */
export type OperationFundedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Operations, programmes, projects, forums, conferences, joint action days and other dated events. */
export type OperationFundedByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Operations, programmes, projects, forums, conferences, joint action days and other dated events. */
export type OperationTargetsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Operations, programmes, projects, forums, conferences, joint action days and other dated events. */
export type OperationTargetsConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Operations, programmes, projects, forums, conferences, joint action days and other dated events. */
export type OperationPlacesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Operations, programmes, projects, forums, conferences, joint action days and other dated events. */
export type OperationPlacesConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Operations, programmes, projects, forums, conferences, joint action days and other dated events. */
export type OperationToolsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Operations, programmes, projects, forums, conferences, joint action days and other dated events. */
export type OperationToolsConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Operations, programmes, projects, forums, conferences, joint action days and other dated events. */
export type OperationMethodsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Operations, programmes, projects, forums, conferences, joint action days and other dated events. */
export type OperationMethodsConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Operations, programmes, projects, forums, conferences, joint action days and other dated events. */
export type OperationMeasuredByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Operations, programmes, projects, forums, conferences, joint action days and other dated events. */
export type OperationMeasuredByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Operations, programmes, projects, forums, conferences, joint action days and other dated events. */
export type OperationMentionedInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Operations, programmes, projects, forums, conferences, joint action days and other dated events. */
export type OperationMentionedInConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};

/** Filters for the operations list; all given conditions must hold. */
export type OperationFilter = {
  /** Case-insensitive substring of the name or an alias. */
  nameContains: InputMaybe<Scalars['String']['input']>;
  /** Only entities stated by this source document. */
  source: InputMaybe<Scalars['ID']['input']>;
  opType: InputMaybe<OperationType>;
  startDate: InputMaybe<Scalars['String']['input']>;
  region: InputMaybe<Scalars['String']['input']>;
};

export type OperationOrderField =
  | 'NAME'
  | 'OP_TYPE'
  | 'START_DATE'
  | 'REGION';

export type OperationOrder = {
  field: OperationOrderField;
  direction: SortDirection;
};

export type OperationEdge = {
  cursor: Scalars['String']['output'];
  node: Operation;
};

export type OperationConnection = {
  edges: Array<OperationEdge>;
  nodes: Array<Operation>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Migration and smuggling routes, regional and global, with their ordered places. */
export type Route = Entity & {
  id: Scalars['ID']['output'];
  kind: Kind;
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  marking: Marking;
  sources: Array<SourceSupport>;
  evidence: Array<Evidence>;
  figures: Array<Figure>;
  /** Its relationships, optionally filtered; source documents and figures only with includeStructural; first: at most 500 per page. */
  links: Array<Link>;
  /** Its relationships, optionally filtered; source documents and figures only with includeStructural, with totalCount and pageInfo. */
  linksConnection: LinkConnection;
  /** Its visible links (not provenance or figures), counted up to 1,000: that number means at least so many. */
  degree: Scalars['Int']['output'];
  /** Analysts' notes on it that you may see, newest first; first: at most 100. */
  notes: Array<Note>;
  /** Means of travel. */
  mode: Maybe<TravelMode>;
  /** Regional route into the EU or global route. */
  scope: Maybe<RouteScope>;
  /** part of: PART_OF links from this route; first: at most 500 per page. */
  partOf: Array<Link>;
  /** part of: PART_OF links from this route, with totalCount and pageInfo. */
  partOfConnection: LinkConnection;
  /** part of (incoming): PART_OF links to this route; first: at most 500 per page. */
  parts: Array<Link>;
  /** part of (incoming): PART_OF links to this route, with totalCount and pageInfo. */
  partsConnection: LinkConnection;
  /** targets (incoming): TARGETS links to this route; first: at most 500 per page. */
  targetedBy: Array<Link>;
  /** targets (incoming): TARGETS links to this route, with totalCount and pageInfo. */
  targetedByConnection: LinkConnection;
  /** departs from: DEPARTS_FROM links from this route; first: at most 500 per page. */
  departsFrom: Array<Link>;
  /** departs from: DEPARTS_FROM links from this route, with totalCount and pageInfo. */
  departsFromConnection: LinkConnection;
  /** passes through: PASSES_THROUGH links from this route; first: at most 500 per page. */
  passesThrough: Array<Link>;
  /** passes through: PASSES_THROUGH links from this route, with totalCount and pageInfo. */
  passesThroughConnection: LinkConnection;
  /** arrives in: ARRIVES_IN links from this route; first: at most 500 per page. */
  arrivesIn: Array<Link>;
  /** arrives in: ARRIVES_IN links from this route, with totalCount and pageInfo. */
  arrivesInConnection: LinkConnection;
  /** connects to: CONNECTS_TO links from this route; first: at most 500 per page. */
  connectsTo: Array<Link>;
  /** connects to: CONNECTS_TO links from this route, with totalCount and pageInfo. */
  connectsToConnection: LinkConnection;
  /** connects to (incoming): CONNECTS_TO links to this route; first: at most 500 per page. */
  connectedFrom: Array<Link>;
  /** connects to (incoming): CONNECTS_TO links to this route, with totalCount and pageInfo. */
  connectedFromConnection: LinkConnection;
  /** used by nationals of: USED_BY_NATIONALS_OF links from this route; first: at most 500 per page. */
  usedByNationalsOf: Array<Link>;
  /** used by nationals of: USED_BY_NATIONALS_OF links from this route, with totalCount and pageInfo. */
  usedByNationalsOfConnection: LinkConnection;
  /** uses method: USES_METHOD links from this route; first: at most 500 per page. */
  methods: Array<Link>;
  /** uses method: USES_METHOD links from this route, with totalCount and pageInfo. */
  methodsConnection: LinkConnection;
  /** paid with: PAID_WITH links from this route; first: at most 500 per page. */
  paymentMethods: Array<Link>;
  /** paid with: PAID_WITH links from this route, with totalCount and pageInfo. */
  paymentMethodsConnection: LinkConnection;
  /** abuses: ABUSES_DOCUMENT links from this route; first: at most 500 per page. */
  documentsAbused: Array<Link>;
  /** abuses: ABUSES_DOCUMENT links from this route, with totalCount and pageInfo. */
  documentsAbusedConnection: LinkConnection;
  /** active in (incoming): ACTIVE_IN links to this route; first: at most 500 per page. */
  activeHere: Array<Link>;
  /** active in (incoming): ACTIVE_IN links to this route, with totalCount and pageInfo. */
  activeHereConnection: LinkConnection;
  /** operates along (incoming): OPERATES_ALONG links to this route; first: at most 500 per page. */
  operatedBy: Array<Link>;
  /** operates along (incoming): OPERATES_ALONG links to this route, with totalCount and pageInfo. */
  operatedByConnection: LinkConnection;
  /** measures (incoming): MEASURES links to this route; first: at most 500 per page. */
  measuredBy: Array<Link>;
  /** measures (incoming): MEASURES links to this route, with totalCount and pageInfo. */
  measuredByConnection: LinkConnection;
  /** mentioned in: MENTIONED_IN links from this route; first: at most 500 per page. */
  mentionedIn: Array<Link>;
  /** mentioned in: MENTIONED_IN links from this route, with totalCount and pageInfo. */
  mentionedInConnection: LinkConnection;
  /** Departure, transit and arrival places in travel order. */
  stages: Array<RouteStage>;
};


/** Migration and smuggling routes, regional and global, with their ordered places. */
export type RouteLinksArgs = {
  types: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  kinds: InputMaybe<Array<Kind>>;
  includeStructural?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Migration and smuggling routes, regional and global, with their ordered places. */
export type RouteLinksConnectionArgs = {
  types: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  kinds: InputMaybe<Array<Kind>>;
  includeStructural?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Migration and smuggling routes, regional and global, with their ordered places. */
export type RouteNotesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Migration and smuggling routes, regional and global, with their ordered places. */
export type RoutePartOfArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Migration and smuggling routes, regional and global, with their ordered places. */
export type RoutePartOfConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Migration and smuggling routes, regional and global, with their ordered places. */
export type RoutePartsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Migration and smuggling routes, regional and global, with their ordered places. */
export type RoutePartsConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Migration and smuggling routes, regional and global, with their ordered places. */
export type RouteTargetedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Migration and smuggling routes, regional and global, with their ordered places. */
export type RouteTargetedByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Migration and smuggling routes, regional and global, with their ordered places. */
export type RouteDepartsFromArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Migration and smuggling routes, regional and global, with their ordered places. */
export type RouteDepartsFromConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Migration and smuggling routes, regional and global, with their ordered places. */
export type RoutePassesThroughArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Migration and smuggling routes, regional and global, with their ordered places. */
export type RoutePassesThroughConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Migration and smuggling routes, regional and global, with their ordered places. */
export type RouteArrivesInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Migration and smuggling routes, regional and global, with their ordered places. */
export type RouteArrivesInConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Migration and smuggling routes, regional and global, with their ordered places. */
export type RouteConnectsToArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Migration and smuggling routes, regional and global, with their ordered places. */
export type RouteConnectsToConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Migration and smuggling routes, regional and global, with their ordered places. */
export type RouteConnectedFromArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Migration and smuggling routes, regional and global, with their ordered places. */
export type RouteConnectedFromConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Migration and smuggling routes, regional and global, with their ordered places. */
export type RouteUsedByNationalsOfArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Migration and smuggling routes, regional and global, with their ordered places. */
export type RouteUsedByNationalsOfConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Migration and smuggling routes, regional and global, with their ordered places. */
export type RouteMethodsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Migration and smuggling routes, regional and global, with their ordered places. */
export type RouteMethodsConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Migration and smuggling routes, regional and global, with their ordered places. */
export type RoutePaymentMethodsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Migration and smuggling routes, regional and global, with their ordered places. */
export type RoutePaymentMethodsConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Migration and smuggling routes, regional and global, with their ordered places. */
export type RouteDocumentsAbusedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Migration and smuggling routes, regional and global, with their ordered places. */
export type RouteDocumentsAbusedConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Migration and smuggling routes, regional and global, with their ordered places. */
export type RouteActiveHereArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Migration and smuggling routes, regional and global, with their ordered places. */
export type RouteActiveHereConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Migration and smuggling routes, regional and global, with their ordered places. */
export type RouteOperatedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Migration and smuggling routes, regional and global, with their ordered places. */
export type RouteOperatedByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Migration and smuggling routes, regional and global, with their ordered places. */
export type RouteMeasuredByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Migration and smuggling routes, regional and global, with their ordered places. */
export type RouteMeasuredByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Migration and smuggling routes, regional and global, with their ordered places. */
export type RouteMentionedInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Migration and smuggling routes, regional and global, with their ordered places. */
export type RouteMentionedInConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};

/** Filters for the routes list; all given conditions must hold. */
export type RouteFilter = {
  /** Case-insensitive substring of the name or an alias. */
  nameContains: InputMaybe<Scalars['String']['input']>;
  /** Only entities stated by this source document. */
  source: InputMaybe<Scalars['ID']['input']>;
  mode: InputMaybe<TravelMode>;
  scope: InputMaybe<RouteScope>;
};

export type RouteOrderField =
  | 'NAME'
  | 'MODE'
  | 'SCOPE';

export type RouteOrder = {
  field: RouteOrderField;
  direction: SortDirection;
};

export type RouteEdge = {
  cursor: Scalars['String']['output'];
  node: Route;
};

export type RouteConnection = {
  edges: Array<RouteEdge>;
  nodes: Array<Route>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
export type CrimeType = Entity & {
  id: Scalars['ID']['output'];
  kind: Kind;
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  marking: Marking;
  sources: Array<SourceSupport>;
  evidence: Array<Evidence>;
  figures: Array<Figure>;
  /** Its relationships, optionally filtered; source documents and figures only with includeStructural; first: at most 500 per page. */
  links: Array<Link>;
  /** Its relationships, optionally filtered; source documents and figures only with includeStructural, with totalCount and pageInfo. */
  linksConnection: LinkConnection;
  /** Its visible links (not provenance or figures), counted up to 1,000: that number means at least so many. */
  degree: Scalars['Int']['output'];
  /** Analysts' notes on it that you may see, newest first; first: at most 100. */
  notes: Array<Note>;
  /** Broad area (e.g. trafficking, fraud, financial, violent). */
  category: Maybe<Scalars['String']['output']>;
  /** part of: PART_OF links from this crime type; first: at most 500 per page. */
  partOf: Array<Link>;
  /** part of: PART_OF links from this crime type, with totalCount and pageInfo. */
  partOfConnection: LinkConnection;
  /** part of (incoming): PART_OF links to this crime type; first: at most 500 per page. */
  parts: Array<Link>;
  /** part of (incoming): PART_OF links to this crime type, with totalCount and pageInfo. */
  partsConnection: LinkConnection;
  /** targets (incoming): TARGETS links to this crime type; first: at most 500 per page. */
  targetedBy: Array<Link>;
  /** targets (incoming): TARGETS links to this crime type, with totalCount and pageInfo. */
  targetedByConnection: LinkConnection;
  /** uses method: USES_METHOD links from this crime type; first: at most 500 per page. */
  methods: Array<Link>;
  /** uses method: USES_METHOD links from this crime type, with totalCount and pageInfo. */
  methodsConnection: LinkConnection;
  /** paid with: PAID_WITH links from this crime type; first: at most 500 per page. */
  paymentMethods: Array<Link>;
  /** paid with: PAID_WITH links from this crime type, with totalCount and pageInfo. */
  paymentMethodsConnection: LinkConnection;
  /** launders through: LAUNDERS_THROUGH links from this crime type; first: at most 500 per page. */
  laundersThrough: Array<Link>;
  /** launders through: LAUNDERS_THROUGH links from this crime type, with totalCount and pageInfo. */
  laundersThroughConnection: LinkConnection;
  /** exploits: EXPLOITS links from this crime type; first: at most 500 per page. */
  exploits: Array<Link>;
  /** exploits: EXPLOITS links from this crime type, with totalCount and pageInfo. */
  exploitsConnection: LinkConnection;
  /** abuses: ABUSES_DOCUMENT links from this crime type; first: at most 500 per page. */
  documentsAbused: Array<Link>;
  /** abuses: ABUSES_DOCUMENT links from this crime type, with totalCount and pageInfo. */
  documentsAbusedConnection: LinkConnection;
  /** facilitates: FACILITATES links from this crime type; first: at most 500 per page. */
  facilitates: Array<Link>;
  /** facilitates: FACILITATES links from this crime type, with totalCount and pageInfo. */
  facilitatesConnection: LinkConnection;
  /** facilitates (incoming): FACILITATES links to this crime type; first: at most 500 per page. */
  facilitatedBy: Array<Link>;
  /** facilitates (incoming): FACILITATES links to this crime type, with totalCount and pageInfo. */
  facilitatedByConnection: LinkConnection;
  /** linked to: LINKED_TO links from this crime type; first: at most 500 per page. */
  linkedCrimes: Array<Link>;
  /** linked to: LINKED_TO links from this crime type, with totalCount and pageInfo. */
  linkedCrimesConnection: LinkConnection;
  /** linked to (incoming): LINKED_TO links to this crime type; first: at most 500 per page. */
  linkedFrom: Array<Link>;
  /** linked to (incoming): LINKED_TO links to this crime type, with totalCount and pageInfo. */
  linkedFromConnection: LinkConnection;
  /** commits (incoming): COMMITS links to this crime type; first: at most 500 per page. */
  committedBy: Array<Link>;
  /** commits (incoming): COMMITS links to this crime type, with totalCount and pageInfo. */
  committedByConnection: LinkConnection;
  /** active in: ACTIVE_IN links from this crime type; first: at most 500 per page. */
  activeIn: Array<Link>;
  /** active in: ACTIVE_IN links from this crime type, with totalCount and pageInfo. */
  activeInConnection: LinkConnection;
  /** suspected of (incoming): SUSPECTED_OF links to this crime type; first: at most 500 per page. */
  suspects: Array<Link>;
  /** suspected of (incoming): SUSPECTED_OF links to this crime type, with totalCount and pageInfo. */
  suspectsConnection: LinkConnection;
  /** measures (incoming): MEASURES links to this crime type; first: at most 500 per page. */
  measuredBy: Array<Link>;
  /** measures (incoming): MEASURES links to this crime type, with totalCount and pageInfo. */
  measuredByConnection: LinkConnection;
  /** mentioned in: MENTIONED_IN links from this crime type; first: at most 500 per page. */
  mentionedIn: Array<Link>;
  /** mentioned in: MENTIONED_IN links from this crime type, with totalCount and pageInfo. */
  mentionedInConnection: LinkConnection;
};


/** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
export type CrimeTypeLinksArgs = {
  types: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  kinds: InputMaybe<Array<Kind>>;
  includeStructural?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
export type CrimeTypeLinksConnectionArgs = {
  types: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  kinds: InputMaybe<Array<Kind>>;
  includeStructural?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
export type CrimeTypeNotesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
export type CrimeTypePartOfArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
export type CrimeTypePartOfConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
export type CrimeTypePartsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
export type CrimeTypePartsConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
export type CrimeTypeTargetedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
export type CrimeTypeTargetedByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
export type CrimeTypeMethodsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
export type CrimeTypeMethodsConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
export type CrimeTypePaymentMethodsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
export type CrimeTypePaymentMethodsConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
export type CrimeTypeLaundersThroughArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
export type CrimeTypeLaundersThroughConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
export type CrimeTypeExploitsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
export type CrimeTypeExploitsConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
export type CrimeTypeDocumentsAbusedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
export type CrimeTypeDocumentsAbusedConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
export type CrimeTypeFacilitatesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
export type CrimeTypeFacilitatesConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
export type CrimeTypeFacilitatedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
export type CrimeTypeFacilitatedByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
export type CrimeTypeLinkedCrimesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
export type CrimeTypeLinkedCrimesConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
export type CrimeTypeLinkedFromArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
export type CrimeTypeLinkedFromConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
export type CrimeTypeCommittedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
export type CrimeTypeCommittedByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
export type CrimeTypeActiveInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
export type CrimeTypeActiveInConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
export type CrimeTypeSuspectsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
export type CrimeTypeSuspectsConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
export type CrimeTypeMeasuredByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
export type CrimeTypeMeasuredByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
export type CrimeTypeMentionedInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
export type CrimeTypeMentionedInConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};

/** Filters for the crime types list; all given conditions must hold. */
export type CrimeTypeFilter = {
  /** Case-insensitive substring of the name or an alias. */
  nameContains: InputMaybe<Scalars['String']['input']>;
  /** Only entities stated by this source document. */
  source: InputMaybe<Scalars['ID']['input']>;
  category: InputMaybe<Scalars['String']['input']>;
};

export type CrimeTypeOrderField =
  | 'NAME'
  | 'CATEGORY';

export type CrimeTypeOrder = {
  field: CrimeTypeOrderField;
  direction: SortDirection;
};

export type CrimeTypeEdge = {
  cursor: Scalars['String']['output'];
  node: CrimeType;
};

export type CrimeTypeConnection = {
  edges: Array<CrimeTypeEdge>;
  nodes: Array<CrimeType>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRole = Entity & {
  id: Scalars['ID']['output'];
  kind: Kind;
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  marking: Marking;
  sources: Array<SourceSupport>;
  evidence: Array<Evidence>;
  figures: Array<Figure>;
  /** Its relationships, optionally filtered; source documents and figures only with includeStructural; first: at most 500 per page. */
  links: Array<Link>;
  /** Its relationships, optionally filtered; source documents and figures only with includeStructural, with totalCount and pageInfo. */
  linksConnection: LinkConnection;
  /** Its visible links (not provenance or figures), counted up to 1,000: that number means at least so many. */
  degree: Scalars['Int']['output'];
  /** Analysts' notes on it that you may see, newest first; first: at most 100. */
  notes: Array<Note>;
  /** Where the role sits in the network. */
  level: Maybe<NetworkRoleLevel>;
  /** Jobs the documents say this role does. */
  tasks: Maybe<Array<Scalars['String']['output']>>;
  /** part of: PART_OF links from this network role; first: at most 500 per page. */
  partOf: Array<Link>;
  /** part of: PART_OF links from this network role, with totalCount and pageInfo. */
  partOfConnection: LinkConnection;
  /** part of (incoming): PART_OF links to this network role; first: at most 500 per page. */
  parts: Array<Link>;
  /** part of (incoming): PART_OF links to this network role, with totalCount and pageInfo. */
  partsConnection: LinkConnection;
  /** based in: BASED_IN links from this network role; first: at most 500 per page. */
  basedIn: Array<Link>;
  /** based in: BASED_IN links from this network role, with totalCount and pageInfo. */
  basedInConnection: LinkConnection;
  /** targets (incoming): TARGETS links to this network role; first: at most 500 per page. */
  targetedBy: Array<Link>;
  /** targets (incoming): TARGETS links to this network role, with totalCount and pageInfo. */
  targetedByConnection: LinkConnection;
  /** uses: USES_TOOL links from this network role; first: at most 500 per page. */
  tools: Array<Link>;
  /** uses: USES_TOOL links from this network role, with totalCount and pageInfo. */
  toolsConnection: LinkConnection;
  /** uses method: USES_METHOD links from this network role; first: at most 500 per page. */
  methods: Array<Link>;
  /** uses method: USES_METHOD links from this network role, with totalCount and pageInfo. */
  methodsConnection: LinkConnection;
  /** paid with: PAID_WITH links from this network role; first: at most 500 per page. */
  paymentMethods: Array<Link>;
  /** paid with: PAID_WITH links from this network role, with totalCount and pageInfo. */
  paymentMethodsConnection: LinkConnection;
  /** launders through: LAUNDERS_THROUGH links from this network role; first: at most 500 per page. */
  laundersThrough: Array<Link>;
  /** launders through: LAUNDERS_THROUGH links from this network role, with totalCount and pageInfo. */
  laundersThroughConnection: LinkConnection;
  /** exploits: EXPLOITS links from this network role; first: at most 500 per page. */
  exploits: Array<Link>;
  /** exploits: EXPLOITS links from this network role, with totalCount and pageInfo. */
  exploitsConnection: LinkConnection;
  /** abuses: ABUSES_DOCUMENT links from this network role; first: at most 500 per page. */
  documentsAbused: Array<Link>;
  /** abuses: ABUSES_DOCUMENT links from this network role, with totalCount and pageInfo. */
  documentsAbusedConnection: LinkConnection;
  /** facilitates: FACILITATES links from this network role; first: at most 500 per page. */
  facilitates: Array<Link>;
  /** facilitates: FACILITATES links from this network role, with totalCount and pageInfo. */
  facilitatesConnection: LinkConnection;
  /** facilitates (incoming): FACILITATES links to this network role; first: at most 500 per page. */
  facilitatedBy: Array<Link>;
  /** facilitates (incoming): FACILITATES links to this network role, with totalCount and pageInfo. */
  facilitatedByConnection: LinkConnection;
  /** commits: COMMITS links from this network role; first: at most 500 per page. */
  commits: Array<Link>;
  /** commits: COMMITS links from this network role, with totalCount and pageInfo. */
  commitsConnection: LinkConnection;
  /** coordinates: COORDINATES links from this network role; first: at most 500 per page. */
  coordinates: Array<Link>;
  /** coordinates: COORDINATES links from this network role, with totalCount and pageInfo. */
  coordinatesConnection: LinkConnection;
  /** coordinates (incoming): COORDINATES links to this network role; first: at most 500 per page. */
  coordinatedBy: Array<Link>;
  /** coordinates (incoming): COORDINATES links to this network role, with totalCount and pageInfo. */
  coordinatedByConnection: LinkConnection;
  /** manages: MANAGES links from this network role; first: at most 500 per page. */
  manages: Array<Link>;
  /** manages: MANAGES links from this network role, with totalCount and pageInfo. */
  managesConnection: LinkConnection;
  /** manages (incoming): MANAGES links to this network role; first: at most 500 per page. */
  managedBy: Array<Link>;
  /** manages (incoming): MANAGES links to this network role, with totalCount and pageInfo. */
  managedByConnection: LinkConnection;
  /** assists: ASSISTS links from this network role; first: at most 500 per page. */
  assists: Array<Link>;
  /** assists: ASSISTS links from this network role, with totalCount and pageInfo. */
  assistsConnection: LinkConnection;
  /** assists (incoming): ASSISTS links to this network role; first: at most 500 per page. */
  assistedBy: Array<Link>;
  /** assists (incoming): ASSISTS links to this network role, with totalCount and pageInfo. */
  assistedByConnection: LinkConnection;
  /** active in: ACTIVE_IN links from this network role; first: at most 500 per page. */
  activeIn: Array<Link>;
  /** active in: ACTIVE_IN links from this network role, with totalCount and pageInfo. */
  activeInConnection: LinkConnection;
  /** measures (incoming): MEASURES links to this network role; first: at most 500 per page. */
  measuredBy: Array<Link>;
  /** measures (incoming): MEASURES links to this network role, with totalCount and pageInfo. */
  measuredByConnection: LinkConnection;
  /** mentioned in: MENTIONED_IN links from this network role; first: at most 500 per page. */
  mentionedIn: Array<Link>;
  /** mentioned in: MENTIONED_IN links from this network role, with totalCount and pageInfo. */
  mentionedInConnection: LinkConnection;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleLinksArgs = {
  types: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  kinds: InputMaybe<Array<Kind>>;
  includeStructural?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleLinksConnectionArgs = {
  types: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  kinds: InputMaybe<Array<Kind>>;
  includeStructural?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleNotesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRolePartOfArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRolePartOfConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRolePartsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRolePartsConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleBasedInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleBasedInConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleTargetedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleTargetedByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleToolsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleToolsConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleMethodsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleMethodsConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRolePaymentMethodsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRolePaymentMethodsConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleLaundersThroughArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleLaundersThroughConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleExploitsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleExploitsConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleDocumentsAbusedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleDocumentsAbusedConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleFacilitatesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleFacilitatesConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleFacilitatedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleFacilitatedByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleCommitsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleCommitsConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleCoordinatesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleCoordinatesConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleCoordinatedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleCoordinatedByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleManagesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleManagesConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleManagedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleManagedByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleAssistsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleAssistsConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleAssistedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleAssistedByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleActiveInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleActiveInConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleMeasuredByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleMeasuredByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleMentionedInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Roles people play in smuggling networks, from leaders to low-level facilitators. */
export type NetworkRoleMentionedInConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};

/** Filters for the network roles list; all given conditions must hold. */
export type NetworkRoleFilter = {
  /** Case-insensitive substring of the name or an alias. */
  nameContains: InputMaybe<Scalars['String']['input']>;
  /** Only entities stated by this source document. */
  source: InputMaybe<Scalars['ID']['input']>;
  level: InputMaybe<NetworkRoleLevel>;
};

export type NetworkRoleOrderField =
  | 'NAME'
  | 'LEVEL';

export type NetworkRoleOrder = {
  field: NetworkRoleOrderField;
  direction: SortDirection;
};

export type NetworkRoleEdge = {
  cursor: Scalars['String']['output'];
  node: NetworkRole;
};

export type NetworkRoleConnection = {
  edges: Array<NetworkRoleEdge>;
  nodes: Array<NetworkRole>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
export type Location = Entity & {
  id: Scalars['ID']['output'];
  kind: Kind;
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  marking: Marking;
  sources: Array<SourceSupport>;
  evidence: Array<Evidence>;
  figures: Array<Figure>;
  /** Its relationships, optionally filtered; source documents and figures only with includeStructural; first: at most 500 per page. */
  links: Array<Link>;
  /** Its relationships, optionally filtered; source documents and figures only with includeStructural, with totalCount and pageInfo. */
  linksConnection: LinkConnection;
  /** Its visible links (not provenance or figures), counted up to 1,000: that number means at least so many. */
  degree: Scalars['Int']['output'];
  /** Analysts' notes on it that you may see, newest first; first: at most 100. */
  notes: Array<Note>;
  /** What sort of place. */
  locationType: Maybe<LocationType>;
  /** ISO 3166-1 alpha-2 code of a country. */
  iso2: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-3 code of a country. */
  iso3: Maybe<Scalars['String']['output']>;
  /** WGS84 latitude of the place (centroid for areas). */
  latitude: Maybe<Scalars['Float']['output']>;
  /** WGS84 longitude of the place (centroid for areas). */
  longitude: Maybe<Scalars['Float']['output']>;
  /** part of: PART_OF links from this location; first: at most 500 per page. */
  partOf: Array<Link>;
  /** part of: PART_OF links from this location, with totalCount and pageInfo. */
  partOfConnection: LinkConnection;
  /** part of (incoming): PART_OF links to this location; first: at most 500 per page. */
  parts: Array<Link>;
  /** part of (incoming): PART_OF links to this location, with totalCount and pageInfo. */
  partsConnection: LinkConnection;
  /** member of: MEMBER_OF links from this location; first: at most 500 per page. */
  memberOf: Array<Link>;
  /** member of: MEMBER_OF links from this location, with totalCount and pageInfo. */
  memberOfConnection: LinkConnection;
  /** based in (incoming): BASED_IN links to this location; first: at most 500 per page. */
  basedHere: Array<Link>;
  /** based in (incoming): BASED_IN links to this location, with totalCount and pageInfo. */
  basedHereConnection: LinkConnection;
  /** led by (incoming): LED_BY links to this location; first: at most 500 per page. */
  leads: Array<Link>;
  /** led by (incoming): LED_BY links to this location, with totalCount and pageInfo. */
  leadsConnection: LinkConnection;
  /** involved (incoming): INVOLVED links to this location; first: at most 500 per page. */
  participatesIn: Array<Link>;
  /** involved (incoming): INVOLVED links to this location, with totalCount and pageInfo. */
  participatesInConnection: LinkConnection;
  /** funded by (incoming): FUNDED_BY links to this location; first: at most 500 per page. */
  funds: Array<Link>;
  /** funded by (incoming): FUNDED_BY links to this location, with totalCount and pageInfo. */
  fundsConnection: LinkConnection;
  /** targets (incoming): TARGETS links to this location; first: at most 500 per page. */
  targetedBy: Array<Link>;
  /** targets (incoming): TARGETS links to this location, with totalCount and pageInfo. */
  targetedByConnection: LinkConnection;
  /** took place in (incoming): TOOK_PLACE_IN links to this location; first: at most 500 per page. */
  operationsHere: Array<Link>;
  /** took place in (incoming): TOOK_PLACE_IN links to this location, with totalCount and pageInfo. */
  operationsHereConnection: LinkConnection;
  /** departs from (incoming): DEPARTS_FROM links to this location; first: at most 500 per page. */
  routesDeparting: Array<Link>;
  /** departs from (incoming): DEPARTS_FROM links to this location, with totalCount and pageInfo. */
  routesDepartingConnection: LinkConnection;
  /** passes through (incoming): PASSES_THROUGH links to this location; first: at most 500 per page. */
  routesPassing: Array<Link>;
  /** passes through (incoming): PASSES_THROUGH links to this location, with totalCount and pageInfo. */
  routesPassingConnection: LinkConnection;
  /** arrives in (incoming): ARRIVES_IN links to this location; first: at most 500 per page. */
  routesArriving: Array<Link>;
  /** arrives in (incoming): ARRIVES_IN links to this location, with totalCount and pageInfo. */
  routesArrivingConnection: LinkConnection;
  /** used by nationals of (incoming): USED_BY_NATIONALS_OF links to this location; first: at most 500 per page. */
  routesUsedByNationals: Array<Link>;
  /** used by nationals of (incoming): USED_BY_NATIONALS_OF links to this location, with totalCount and pageInfo. */
  routesUsedByNationalsConnection: LinkConnection;
  /** active in (incoming): ACTIVE_IN links to this location; first: at most 500 per page. */
  activeHere: Array<Link>;
  /** active in (incoming): ACTIVE_IN links to this location, with totalCount and pageInfo. */
  activeHereConnection: LinkConnection;
  /** national of (incoming): NATIONAL_OF links to this location; first: at most 500 per page. */
  nationals: Array<Link>;
  /** national of (incoming): NATIONAL_OF links to this location, with totalCount and pageInfo. */
  nationalsConnection: LinkConnection;
  /** measures (incoming): MEASURES links to this location; first: at most 500 per page. */
  measuredBy: Array<Link>;
  /** measures (incoming): MEASURES links to this location, with totalCount and pageInfo. */
  measuredByConnection: LinkConnection;
  /** mentioned in: MENTIONED_IN links from this location; first: at most 500 per page. */
  mentionedIn: Array<Link>;
  /** mentioned in: MENTIONED_IN links from this location, with totalCount and pageInfo. */
  mentionedInConnection: LinkConnection;
};


/** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
export type LocationLinksArgs = {
  types: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  kinds: InputMaybe<Array<Kind>>;
  includeStructural?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
export type LocationLinksConnectionArgs = {
  types: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  kinds: InputMaybe<Array<Kind>>;
  includeStructural?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
export type LocationNotesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
export type LocationPartOfArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
export type LocationPartOfConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
export type LocationPartsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
export type LocationPartsConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
export type LocationMemberOfArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
export type LocationMemberOfConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
export type LocationBasedHereArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
export type LocationBasedHereConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
export type LocationLeadsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
export type LocationLeadsConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
export type LocationParticipatesInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
export type LocationParticipatesInConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
export type LocationFundsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
export type LocationFundsConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
export type LocationTargetedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
export type LocationTargetedByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
export type LocationOperationsHereArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
export type LocationOperationsHereConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
export type LocationRoutesDepartingArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
export type LocationRoutesDepartingConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
export type LocationRoutesPassingArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
export type LocationRoutesPassingConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
export type LocationRoutesArrivingArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
export type LocationRoutesArrivingConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
export type LocationRoutesUsedByNationalsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
export type LocationRoutesUsedByNationalsConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
export type LocationActiveHereArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
export type LocationActiveHereConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
export type LocationNationalsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
export type LocationNationalsConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
export type LocationMeasuredByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
export type LocationMeasuredByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
export type LocationMentionedInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
export type LocationMentionedInConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};

/** Filters for the locations list; all given conditions must hold. */
export type LocationFilter = {
  /** Case-insensitive substring of the name or an alias. */
  nameContains: InputMaybe<Scalars['String']['input']>;
  /** Only entities stated by this source document. */
  source: InputMaybe<Scalars['ID']['input']>;
  locationType: InputMaybe<LocationType>;
  iso2: InputMaybe<Scalars['String']['input']>;
};

export type LocationOrderField =
  | 'NAME'
  | 'LOCATION_TYPE'
  | 'ISO2';

export type LocationOrder = {
  field: LocationOrderField;
  direction: SortDirection;
};

export type LocationEdge = {
  cursor: Scalars['String']['output'];
  node: Location;
};

export type LocationConnection = {
  edges: Array<LocationEdge>;
  nodes: Array<Location>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** How smuggling is done: means of transport, vessel types, document fraud, abuse of legal channels, communication. */
export type ModusOperandi = Entity & {
  id: Scalars['ID']['output'];
  kind: Kind;
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  marking: Marking;
  sources: Array<SourceSupport>;
  evidence: Array<Evidence>;
  figures: Array<Figure>;
  /** Its relationships, optionally filtered; source documents and figures only with includeStructural; first: at most 500 per page. */
  links: Array<Link>;
  /** Its relationships, optionally filtered; source documents and figures only with includeStructural, with totalCount and pageInfo. */
  linksConnection: LinkConnection;
  /** Its visible links (not provenance or figures), counted up to 1,000: that number means at least so many. */
  degree: Scalars['Int']['output'];
  /** Analysts' notes on it that you may see, newest first; first: at most 100. */
  notes: Array<Note>;
  /** Sort of method. */
  category: Maybe<ModusOperandiCategory>;
  /** Means of travel. */
  mode: Maybe<TravelMode>;
  /** part of: PART_OF links from this modus operandi; first: at most 500 per page. */
  partOf: Array<Link>;
  /** part of: PART_OF links from this modus operandi, with totalCount and pageInfo. */
  partOfConnection: LinkConnection;
  /** part of (incoming): PART_OF links to this modus operandi; first: at most 500 per page. */
  parts: Array<Link>;
  /** part of (incoming): PART_OF links to this modus operandi, with totalCount and pageInfo. */
  partsConnection: LinkConnection;
  /** targets (incoming): TARGETS links to this modus operandi; first: at most 500 per page. */
  targetedBy: Array<Link>;
  /** targets (incoming): TARGETS links to this modus operandi, with totalCount and pageInfo. */
  targetedByConnection: LinkConnection;
  /** uses method (incoming): USES_METHOD links to this modus operandi; first: at most 500 per page. */
  methodOf: Array<Link>;
  /** uses method (incoming): USES_METHOD links to this modus operandi, with totalCount and pageInfo. */
  methodOfConnection: LinkConnection;
  /** exploits: EXPLOITS links from this modus operandi; first: at most 500 per page. */
  exploits: Array<Link>;
  /** exploits: EXPLOITS links from this modus operandi, with totalCount and pageInfo. */
  exploitsConnection: LinkConnection;
  /** abuses: ABUSES_DOCUMENT links from this modus operandi; first: at most 500 per page. */
  documentsAbused: Array<Link>;
  /** abuses: ABUSES_DOCUMENT links from this modus operandi, with totalCount and pageInfo. */
  documentsAbusedConnection: LinkConnection;
  /** facilitates: FACILITATES links from this modus operandi; first: at most 500 per page. */
  facilitates: Array<Link>;
  /** facilitates: FACILITATES links from this modus operandi, with totalCount and pageInfo. */
  facilitatesConnection: LinkConnection;
  /** active in: ACTIVE_IN links from this modus operandi; first: at most 500 per page. */
  activeIn: Array<Link>;
  /** active in: ACTIVE_IN links from this modus operandi, with totalCount and pageInfo. */
  activeInConnection: LinkConnection;
  /** measures (incoming): MEASURES links to this modus operandi; first: at most 500 per page. */
  measuredBy: Array<Link>;
  /** measures (incoming): MEASURES links to this modus operandi, with totalCount and pageInfo. */
  measuredByConnection: LinkConnection;
  /** mentioned in: MENTIONED_IN links from this modus operandi; first: at most 500 per page. */
  mentionedIn: Array<Link>;
  /** mentioned in: MENTIONED_IN links from this modus operandi, with totalCount and pageInfo. */
  mentionedInConnection: LinkConnection;
};


/** How smuggling is done: means of transport, vessel types, document fraud, abuse of legal channels, communication. */
export type ModusOperandiLinksArgs = {
  types: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  kinds: InputMaybe<Array<Kind>>;
  includeStructural?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** How smuggling is done: means of transport, vessel types, document fraud, abuse of legal channels, communication. */
export type ModusOperandiLinksConnectionArgs = {
  types: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  kinds: InputMaybe<Array<Kind>>;
  includeStructural?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** How smuggling is done: means of transport, vessel types, document fraud, abuse of legal channels, communication. */
export type ModusOperandiNotesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** How smuggling is done: means of transport, vessel types, document fraud, abuse of legal channels, communication. */
export type ModusOperandiPartOfArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** How smuggling is done: means of transport, vessel types, document fraud, abuse of legal channels, communication. */
export type ModusOperandiPartOfConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** How smuggling is done: means of transport, vessel types, document fraud, abuse of legal channels, communication. */
export type ModusOperandiPartsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** How smuggling is done: means of transport, vessel types, document fraud, abuse of legal channels, communication. */
export type ModusOperandiPartsConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** How smuggling is done: means of transport, vessel types, document fraud, abuse of legal channels, communication. */
export type ModusOperandiTargetedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** How smuggling is done: means of transport, vessel types, document fraud, abuse of legal channels, communication. */
export type ModusOperandiTargetedByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** How smuggling is done: means of transport, vessel types, document fraud, abuse of legal channels, communication. */
export type ModusOperandiMethodOfArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** How smuggling is done: means of transport, vessel types, document fraud, abuse of legal channels, communication. */
export type ModusOperandiMethodOfConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** How smuggling is done: means of transport, vessel types, document fraud, abuse of legal channels, communication. */
export type ModusOperandiExploitsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** How smuggling is done: means of transport, vessel types, document fraud, abuse of legal channels, communication. */
export type ModusOperandiExploitsConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** How smuggling is done: means of transport, vessel types, document fraud, abuse of legal channels, communication. */
export type ModusOperandiDocumentsAbusedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** How smuggling is done: means of transport, vessel types, document fraud, abuse of legal channels, communication. */
export type ModusOperandiDocumentsAbusedConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** How smuggling is done: means of transport, vessel types, document fraud, abuse of legal channels, communication. */
export type ModusOperandiFacilitatesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** How smuggling is done: means of transport, vessel types, document fraud, abuse of legal channels, communication. */
export type ModusOperandiFacilitatesConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** How smuggling is done: means of transport, vessel types, document fraud, abuse of legal channels, communication. */
export type ModusOperandiActiveInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** How smuggling is done: means of transport, vessel types, document fraud, abuse of legal channels, communication. */
export type ModusOperandiActiveInConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** How smuggling is done: means of transport, vessel types, document fraud, abuse of legal channels, communication. */
export type ModusOperandiMeasuredByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** How smuggling is done: means of transport, vessel types, document fraud, abuse of legal channels, communication. */
export type ModusOperandiMeasuredByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** How smuggling is done: means of transport, vessel types, document fraud, abuse of legal channels, communication. */
export type ModusOperandiMentionedInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** How smuggling is done: means of transport, vessel types, document fraud, abuse of legal channels, communication. */
export type ModusOperandiMentionedInConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};

/** Filters for the modi operandi list; all given conditions must hold. */
export type ModusOperandiFilter = {
  /** Case-insensitive substring of the name or an alias. */
  nameContains: InputMaybe<Scalars['String']['input']>;
  /** Only entities stated by this source document. */
  source: InputMaybe<Scalars['ID']['input']>;
  category: InputMaybe<ModusOperandiCategory>;
  mode: InputMaybe<TravelMode>;
};

export type ModusOperandiOrderField =
  | 'NAME'
  | 'CATEGORY'
  | 'MODE';

export type ModusOperandiOrder = {
  field: ModusOperandiOrderField;
  direction: SortDirection;
};

export type ModusOperandiEdge = {
  cursor: Scalars['String']['output'];
  node: ModusOperandi;
};

export type ModusOperandiConnection = {
  edges: Array<ModusOperandiEdge>;
  nodes: Array<ModusOperandi>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** How smuggling is paid for, and how its profits are laundered. */
export type PaymentMethod = Entity & {
  id: Scalars['ID']['output'];
  kind: Kind;
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  marking: Marking;
  sources: Array<SourceSupport>;
  evidence: Array<Evidence>;
  figures: Array<Figure>;
  /** Its relationships, optionally filtered; source documents and figures only with includeStructural; first: at most 500 per page. */
  links: Array<Link>;
  /** Its relationships, optionally filtered; source documents and figures only with includeStructural, with totalCount and pageInfo. */
  linksConnection: LinkConnection;
  /** Its visible links (not provenance or figures), counted up to 1,000: that number means at least so many. */
  degree: Scalars['Int']['output'];
  /** Analysts' notes on it that you may see, newest first; first: at most 100. */
  notes: Array<Note>;
  /** Paying for smuggling, laundering its proceeds, or both. */
  purpose: Maybe<PaymentMethodPurpose>;
  /** targets (incoming): TARGETS links to this payment method; first: at most 500 per page. */
  targetedBy: Array<Link>;
  /** targets (incoming): TARGETS links to this payment method, with totalCount and pageInfo. */
  targetedByConnection: LinkConnection;
  /** paid with (incoming): PAID_WITH links to this payment method; first: at most 500 per page. */
  paysFor: Array<Link>;
  /** paid with (incoming): PAID_WITH links to this payment method, with totalCount and pageInfo. */
  paysForConnection: LinkConnection;
  /** launders through (incoming): LAUNDERS_THROUGH links to this payment method; first: at most 500 per page. */
  laundersFor: Array<Link>;
  /** launders through (incoming): LAUNDERS_THROUGH links to this payment method, with totalCount and pageInfo. */
  laundersForConnection: LinkConnection;
  /** active in: ACTIVE_IN links from this payment method; first: at most 500 per page. */
  activeIn: Array<Link>;
  /** active in: ACTIVE_IN links from this payment method, with totalCount and pageInfo. */
  activeInConnection: LinkConnection;
  /** measures (incoming): MEASURES links to this payment method; first: at most 500 per page. */
  measuredBy: Array<Link>;
  /** measures (incoming): MEASURES links to this payment method, with totalCount and pageInfo. */
  measuredByConnection: LinkConnection;
  /** mentioned in: MENTIONED_IN links from this payment method; first: at most 500 per page. */
  mentionedIn: Array<Link>;
  /** mentioned in: MENTIONED_IN links from this payment method, with totalCount and pageInfo. */
  mentionedInConnection: LinkConnection;
};


/** How smuggling is paid for, and how its profits are laundered. */
export type PaymentMethodLinksArgs = {
  types: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  kinds: InputMaybe<Array<Kind>>;
  includeStructural?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** How smuggling is paid for, and how its profits are laundered. */
export type PaymentMethodLinksConnectionArgs = {
  types: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  kinds: InputMaybe<Array<Kind>>;
  includeStructural?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** How smuggling is paid for, and how its profits are laundered. */
export type PaymentMethodNotesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** How smuggling is paid for, and how its profits are laundered. */
export type PaymentMethodTargetedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** How smuggling is paid for, and how its profits are laundered. */
export type PaymentMethodTargetedByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** How smuggling is paid for, and how its profits are laundered. */
export type PaymentMethodPaysForArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** How smuggling is paid for, and how its profits are laundered. */
export type PaymentMethodPaysForConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** How smuggling is paid for, and how its profits are laundered. */
export type PaymentMethodLaundersForArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** How smuggling is paid for, and how its profits are laundered. */
export type PaymentMethodLaundersForConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** How smuggling is paid for, and how its profits are laundered. */
export type PaymentMethodActiveInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** How smuggling is paid for, and how its profits are laundered. */
export type PaymentMethodActiveInConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** How smuggling is paid for, and how its profits are laundered. */
export type PaymentMethodMeasuredByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** How smuggling is paid for, and how its profits are laundered. */
export type PaymentMethodMeasuredByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** How smuggling is paid for, and how its profits are laundered. */
export type PaymentMethodMentionedInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** How smuggling is paid for, and how its profits are laundered. */
export type PaymentMethodMentionedInConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};

/** Filters for the payment methods list; all given conditions must hold. */
export type PaymentMethodFilter = {
  /** Case-insensitive substring of the name or an alias. */
  nameContains: InputMaybe<Scalars['String']['input']>;
  /** Only entities stated by this source document. */
  source: InputMaybe<Scalars['ID']['input']>;
  purpose: InputMaybe<PaymentMethodPurpose>;
};

export type PaymentMethodOrderField =
  | 'NAME'
  | 'PURPOSE';

export type PaymentMethodOrder = {
  field: PaymentMethodOrderField;
  direction: SortDirection;
};

export type PaymentMethodEdge = {
  cursor: Scalars['String']['output'];
  node: PaymentMethod;
};

export type PaymentMethodConnection = {
  edges: Array<PaymentMethodEdge>;
  nodes: Array<PaymentMethod>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Legal business sectors vulnerable to abuse by smuggling networks. */
export type Sector = Entity & {
  id: Scalars['ID']['output'];
  kind: Kind;
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  marking: Marking;
  sources: Array<SourceSupport>;
  evidence: Array<Evidence>;
  figures: Array<Figure>;
  /** Its relationships, optionally filtered; source documents and figures only with includeStructural; first: at most 500 per page. */
  links: Array<Link>;
  /** Its relationships, optionally filtered; source documents and figures only with includeStructural, with totalCount and pageInfo. */
  linksConnection: LinkConnection;
  /** Its visible links (not provenance or figures), counted up to 1,000: that number means at least so many. */
  degree: Scalars['Int']['output'];
  /** Analysts' notes on it that you may see, newest first; first: at most 100. */
  notes: Array<Note>;
  /** launders through (incoming): LAUNDERS_THROUGH links to this business sector; first: at most 500 per page. */
  laundersFor: Array<Link>;
  /** launders through (incoming): LAUNDERS_THROUGH links to this business sector, with totalCount and pageInfo. */
  laundersForConnection: LinkConnection;
  /** exploits (incoming): EXPLOITS links to this business sector; first: at most 500 per page. */
  exploitedBy: Array<Link>;
  /** exploits (incoming): EXPLOITS links to this business sector, with totalCount and pageInfo. */
  exploitedByConnection: LinkConnection;
  /** facilitates: FACILITATES links from this business sector; first: at most 500 per page. */
  facilitates: Array<Link>;
  /** facilitates: FACILITATES links from this business sector, with totalCount and pageInfo. */
  facilitatesConnection: LinkConnection;
  /** measures (incoming): MEASURES links to this business sector; first: at most 500 per page. */
  measuredBy: Array<Link>;
  /** measures (incoming): MEASURES links to this business sector, with totalCount and pageInfo. */
  measuredByConnection: LinkConnection;
  /** mentioned in: MENTIONED_IN links from this business sector; first: at most 500 per page. */
  mentionedIn: Array<Link>;
  /** mentioned in: MENTIONED_IN links from this business sector, with totalCount and pageInfo. */
  mentionedInConnection: LinkConnection;
};


/** Legal business sectors vulnerable to abuse by smuggling networks. */
export type SectorLinksArgs = {
  types: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  kinds: InputMaybe<Array<Kind>>;
  includeStructural?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Legal business sectors vulnerable to abuse by smuggling networks. */
export type SectorLinksConnectionArgs = {
  types: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  kinds: InputMaybe<Array<Kind>>;
  includeStructural?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Legal business sectors vulnerable to abuse by smuggling networks. */
export type SectorNotesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Legal business sectors vulnerable to abuse by smuggling networks. */
export type SectorLaundersForArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Legal business sectors vulnerable to abuse by smuggling networks. */
export type SectorLaundersForConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Legal business sectors vulnerable to abuse by smuggling networks. */
export type SectorExploitedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Legal business sectors vulnerable to abuse by smuggling networks. */
export type SectorExploitedByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Legal business sectors vulnerable to abuse by smuggling networks. */
export type SectorFacilitatesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Legal business sectors vulnerable to abuse by smuggling networks. */
export type SectorFacilitatesConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Legal business sectors vulnerable to abuse by smuggling networks. */
export type SectorMeasuredByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Legal business sectors vulnerable to abuse by smuggling networks. */
export type SectorMeasuredByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Legal business sectors vulnerable to abuse by smuggling networks. */
export type SectorMentionedInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Legal business sectors vulnerable to abuse by smuggling networks. */
export type SectorMentionedInConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};

/** Filters for the business sectors list; all given conditions must hold. */
export type SectorFilter = {
  /** Case-insensitive substring of the name or an alias. */
  nameContains: InputMaybe<Scalars['String']['input']>;
  /** Only entities stated by this source document. */
  source: InputMaybe<Scalars['ID']['input']>;
};

export type SectorOrderField =
  | 'NAME';

export type SectorOrder = {
  field: SectorOrderField;
  direction: SortDirection;
};

export type SectorEdge = {
  cursor: Scalars['String']['output'];
  node: Sector;
};

export type SectorConnection = {
  edges: Array<SectorEdge>;
  nodes: Array<Sector>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Travel and identity documents, visas and permits that are forged, stolen or abused. */
export type DocumentType = Entity & {
  id: Scalars['ID']['output'];
  kind: Kind;
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  marking: Marking;
  sources: Array<SourceSupport>;
  evidence: Array<Evidence>;
  figures: Array<Figure>;
  /** Its relationships, optionally filtered; source documents and figures only with includeStructural; first: at most 500 per page. */
  links: Array<Link>;
  /** Its relationships, optionally filtered; source documents and figures only with includeStructural, with totalCount and pageInfo. */
  linksConnection: LinkConnection;
  /** Its visible links (not provenance or figures), counted up to 1,000: that number means at least so many. */
  degree: Scalars['Int']['output'];
  /** Analysts' notes on it that you may see, newest first; first: at most 100. */
  notes: Array<Note>;
  /** targets (incoming): TARGETS links to this document type; first: at most 500 per page. */
  targetedBy: Array<Link>;
  /** targets (incoming): TARGETS links to this document type, with totalCount and pageInfo. */
  targetedByConnection: LinkConnection;
  /** abuses (incoming): ABUSES_DOCUMENT links to this document type; first: at most 500 per page. */
  abusedBy: Array<Link>;
  /** abuses (incoming): ABUSES_DOCUMENT links to this document type, with totalCount and pageInfo. */
  abusedByConnection: LinkConnection;
  /** facilitates: FACILITATES links from this document type; first: at most 500 per page. */
  facilitates: Array<Link>;
  /** facilitates: FACILITATES links from this document type, with totalCount and pageInfo. */
  facilitatesConnection: LinkConnection;
  /** measures (incoming): MEASURES links to this document type; first: at most 500 per page. */
  measuredBy: Array<Link>;
  /** measures (incoming): MEASURES links to this document type, with totalCount and pageInfo. */
  measuredByConnection: LinkConnection;
  /** mentioned in: MENTIONED_IN links from this document type; first: at most 500 per page. */
  mentionedIn: Array<Link>;
  /** mentioned in: MENTIONED_IN links from this document type, with totalCount and pageInfo. */
  mentionedInConnection: LinkConnection;
};


/** Travel and identity documents, visas and permits that are forged, stolen or abused. */
export type DocumentTypeLinksArgs = {
  types: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  kinds: InputMaybe<Array<Kind>>;
  includeStructural?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Travel and identity documents, visas and permits that are forged, stolen or abused. */
export type DocumentTypeLinksConnectionArgs = {
  types: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  kinds: InputMaybe<Array<Kind>>;
  includeStructural?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Travel and identity documents, visas and permits that are forged, stolen or abused. */
export type DocumentTypeNotesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Travel and identity documents, visas and permits that are forged, stolen or abused. */
export type DocumentTypeTargetedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Travel and identity documents, visas and permits that are forged, stolen or abused. */
export type DocumentTypeTargetedByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Travel and identity documents, visas and permits that are forged, stolen or abused. */
export type DocumentTypeAbusedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Travel and identity documents, visas and permits that are forged, stolen or abused. */
export type DocumentTypeAbusedByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Travel and identity documents, visas and permits that are forged, stolen or abused. */
export type DocumentTypeFacilitatesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Travel and identity documents, visas and permits that are forged, stolen or abused. */
export type DocumentTypeFacilitatesConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Travel and identity documents, visas and permits that are forged, stolen or abused. */
export type DocumentTypeMeasuredByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Travel and identity documents, visas and permits that are forged, stolen or abused. */
export type DocumentTypeMeasuredByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Travel and identity documents, visas and permits that are forged, stolen or abused. */
export type DocumentTypeMentionedInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Travel and identity documents, visas and permits that are forged, stolen or abused. */
export type DocumentTypeMentionedInConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};

/** Filters for the document types list; all given conditions must hold. */
export type DocumentTypeFilter = {
  /** Case-insensitive substring of the name or an alias. */
  nameContains: InputMaybe<Scalars['String']['input']>;
  /** Only entities stated by this source document. */
  source: InputMaybe<Scalars['ID']['input']>;
};

export type DocumentTypeOrderField =
  | 'NAME';

export type DocumentTypeOrder = {
  field: DocumentTypeOrderField;
  direction: SortDirection;
};

export type DocumentTypeEdge = {
  cursor: Scalars['String']['output'];
  node: DocumentType;
};

export type DocumentTypeConnection = {
  edges: Array<DocumentTypeEdge>;
  nodes: Array<DocumentType>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Policing tools and services: databases, notices, communication systems, analysis files. */
export type Tool = Entity & {
  id: Scalars['ID']['output'];
  kind: Kind;
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  marking: Marking;
  sources: Array<SourceSupport>;
  evidence: Array<Evidence>;
  figures: Array<Figure>;
  /** Its relationships, optionally filtered; source documents and figures only with includeStructural; first: at most 500 per page. */
  links: Array<Link>;
  /** Its relationships, optionally filtered; source documents and figures only with includeStructural, with totalCount and pageInfo. */
  linksConnection: LinkConnection;
  /** Its visible links (not provenance or figures), counted up to 1,000: that number means at least so many. */
  degree: Scalars['Int']['output'];
  /** Analysts' notes on it that you may see, newest first; first: at most 100. */
  notes: Array<Note>;
  /** Sort of tool. */
  toolType: Maybe<ToolType>;
  /** part of: PART_OF links from this tool; first: at most 500 per page. */
  partOf: Array<Link>;
  /** part of: PART_OF links from this tool, with totalCount and pageInfo. */
  partOfConnection: LinkConnection;
  /** part of (incoming): PART_OF links to this tool; first: at most 500 per page. */
  parts: Array<Link>;
  /** part of (incoming): PART_OF links to this tool, with totalCount and pageInfo. */
  partsConnection: LinkConnection;
  /** targets: TARGETS links from this tool; first: at most 500 per page. */
  targets: Array<Link>;
  /** targets: TARGETS links from this tool, with totalCount and pageInfo. */
  targetsConnection: LinkConnection;
  /** operates (incoming): OPERATES links to this tool; first: at most 500 per page. */
  operatedBy: Array<Link>;
  /** operates (incoming): OPERATES links to this tool, with totalCount and pageInfo. */
  operatedByConnection: LinkConnection;
  /** uses (incoming): USES_TOOL links to this tool; first: at most 500 per page. */
  usedBy: Array<Link>;
  /** uses (incoming): USES_TOOL links to this tool, with totalCount and pageInfo. */
  usedByConnection: LinkConnection;
  /** measures (incoming): MEASURES links to this tool; first: at most 500 per page. */
  measuredBy: Array<Link>;
  /** measures (incoming): MEASURES links to this tool, with totalCount and pageInfo. */
  measuredByConnection: LinkConnection;
  /** mentioned in: MENTIONED_IN links from this tool; first: at most 500 per page. */
  mentionedIn: Array<Link>;
  /** mentioned in: MENTIONED_IN links from this tool, with totalCount and pageInfo. */
  mentionedInConnection: LinkConnection;
};


/** Policing tools and services: databases, notices, communication systems, analysis files. */
export type ToolLinksArgs = {
  types: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  kinds: InputMaybe<Array<Kind>>;
  includeStructural?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Policing tools and services: databases, notices, communication systems, analysis files. */
export type ToolLinksConnectionArgs = {
  types: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  kinds: InputMaybe<Array<Kind>>;
  includeStructural?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Policing tools and services: databases, notices, communication systems, analysis files. */
export type ToolNotesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Policing tools and services: databases, notices, communication systems, analysis files. */
export type ToolPartOfArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Policing tools and services: databases, notices, communication systems, analysis files. */
export type ToolPartOfConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Policing tools and services: databases, notices, communication systems, analysis files. */
export type ToolPartsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Policing tools and services: databases, notices, communication systems, analysis files. */
export type ToolPartsConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Policing tools and services: databases, notices, communication systems, analysis files. */
export type ToolTargetsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Policing tools and services: databases, notices, communication systems, analysis files. */
export type ToolTargetsConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Policing tools and services: databases, notices, communication systems, analysis files. */
export type ToolOperatedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Policing tools and services: databases, notices, communication systems, analysis files. */
export type ToolOperatedByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Policing tools and services: databases, notices, communication systems, analysis files. */
export type ToolUsedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Policing tools and services: databases, notices, communication systems, analysis files. */
export type ToolUsedByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Policing tools and services: databases, notices, communication systems, analysis files. */
export type ToolMeasuredByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Policing tools and services: databases, notices, communication systems, analysis files. */
export type ToolMeasuredByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Policing tools and services: databases, notices, communication systems, analysis files. */
export type ToolMentionedInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Policing tools and services: databases, notices, communication systems, analysis files. */
export type ToolMentionedInConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};

/** Filters for the tools list; all given conditions must hold. */
export type ToolFilter = {
  /** Case-insensitive substring of the name or an alias. */
  nameContains: InputMaybe<Scalars['String']['input']>;
  /** Only entities stated by this source document. */
  source: InputMaybe<Scalars['ID']['input']>;
  toolType: InputMaybe<ToolType>;
};

export type ToolOrderField =
  | 'NAME'
  | 'TOOL_TYPE';

export type ToolOrder = {
  field: ToolOrderField;
  direction: SortDirection;
};

export type ToolEdge = {
  cursor: Scalars['String']['output'];
  node: Tool;
};

export type ToolConnection = {
  edges: Array<ToolEdge>;
  nodes: Array<Tool>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A statistic the documents give: a fact about a population, attached to what it measures. */
export type Figure = Entity & {
  id: Scalars['ID']['output'];
  kind: Kind;
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  marking: Marking;
  sources: Array<SourceSupport>;
  evidence: Array<Evidence>;
  figures: Array<Figure>;
  /** Its relationships, optionally filtered; source documents and figures only with includeStructural; first: at most 500 per page. */
  links: Array<Link>;
  /** Its relationships, optionally filtered; source documents and figures only with includeStructural, with totalCount and pageInfo. */
  linksConnection: LinkConnection;
  /** Its visible links (not provenance or figures), counted up to 1,000: that number means at least so many. */
  degree: Scalars['Int']['output'];
  /** Analysts' notes on it that you may see, newest first; first: at most 100. */
  notes: Array<Note>;
  /** The number (a percentage as 22 for 22%). */
  value: Maybe<Scalars['Float']['output']>;
  /** Upper bound when the documents give a range. */
  valueMax: Maybe<Scalars['Float']['output']>;
  /** What the number counts (percent, people, EUR, USD, ...). */
  unit: Maybe<Scalars['String']['output']>;
  /** How the number is qualified: exact, approximately, more than, less than, up to, at least. */
  qualifier: Maybe<FigureQualifier>;
  /** What is measured (e.g. detected irregular border crossings). */
  metric: Maybe<Scalars['String']['output']>;
  /** Period the figure covers, as the documents give it. */
  period: Maybe<Scalars['String']['output']>;
  /** Year of the period, for filtering. */
  year: Maybe<Scalars['Int']['output']>;
  /** Population or area the figure is about. */
  scope: Maybe<Scalars['String']['output']>;
  /** What a share is a share of, or the data it rests on. */
  base: Maybe<Scalars['String']['output']>;
  /** Whether the figure is reported, estimated or expected. */
  modality: Maybe<Modality>;
  /** measures: MEASURES links from this figure; first: at most 500 per page. */
  measures: Array<Link>;
  /** measures: MEASURES links from this figure, with totalCount and pageInfo. */
  measuresConnection: LinkConnection;
  /** mentioned in: MENTIONED_IN links from this figure; first: at most 500 per page. */
  mentionedIn: Array<Link>;
  /** mentioned in: MENTIONED_IN links from this figure, with totalCount and pageInfo. */
  mentionedInConnection: LinkConnection;
};


/** A statistic the documents give: a fact about a population, attached to what it measures. */
export type FigureLinksArgs = {
  types: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  kinds: InputMaybe<Array<Kind>>;
  includeStructural?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A statistic the documents give: a fact about a population, attached to what it measures. */
export type FigureLinksConnectionArgs = {
  types: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  kinds: InputMaybe<Array<Kind>>;
  includeStructural?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A statistic the documents give: a fact about a population, attached to what it measures. */
export type FigureNotesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A statistic the documents give: a fact about a population, attached to what it measures. */
export type FigureMeasuresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A statistic the documents give: a fact about a population, attached to what it measures. */
export type FigureMeasuresConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A statistic the documents give: a fact about a population, attached to what it measures. */
export type FigureMentionedInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A statistic the documents give: a fact about a population, attached to what it measures. */
export type FigureMentionedInConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};

/** Filters for the figures list; all given conditions must hold. */
export type FigureFilter = {
  /** Case-insensitive substring of the name or an alias. */
  nameContains: InputMaybe<Scalars['String']['input']>;
  /** Only entities stated by this source document. */
  source: InputMaybe<Scalars['ID']['input']>;
  unit: InputMaybe<Scalars['String']['input']>;
  metric: InputMaybe<Scalars['String']['input']>;
  period: InputMaybe<Scalars['String']['input']>;
  year: InputMaybe<Scalars['Int']['input']>;
};

export type FigureOrderField =
  | 'NAME'
  | 'UNIT'
  | 'METRIC'
  | 'PERIOD'
  | 'YEAR';

export type FigureOrder = {
  field: FigureOrderField;
  direction: SortDirection;
};

export type FigureEdge = {
  cursor: Scalars['String']['output'];
  node: Figure;
};

export type FigureConnection = {
  edges: Array<FigureEdge>;
  nodes: Array<Figure>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Filters for the persons list; all given conditions must hold. */
export type PersonFilter = {
  /** Case-insensitive substring of the name or an alias. */
  nameContains: InputMaybe<Scalars['String']['input']>;
  /** Only entities stated by this source document. */
  source: InputMaybe<Scalars['ID']['input']>;
  status: InputMaybe<PersonStatus>;
};

export type PersonOrderField =
  | 'NAME'
  | 'STATUS';

export type PersonOrder = {
  field: PersonOrderField;
  direction: SortDirection;
};

export type PersonEdge = {
  cursor: Scalars['String']['output'];
  node: Person;
};

export type PersonConnection = {
  edges: Array<PersonEdge>;
  nodes: Array<Person>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Filters for the criminal networks list; all given conditions must hold. */
export type NetworkFilter = {
  /** Case-insensitive substring of the name or an alias. */
  nameContains: InputMaybe<Scalars['String']['input']>;
  /** Only entities stated by this source document. */
  source: InputMaybe<Scalars['ID']['input']>;
  structure: InputMaybe<NetworkStructure>;
};

export type NetworkOrderField =
  | 'NAME'
  | 'STRUCTURE';

export type NetworkOrder = {
  field: NetworkOrderField;
  direction: SortDirection;
};

export type NetworkEdge = {
  cursor: Scalars['String']['output'];
  node: Network;
};

export type NetworkConnection = {
  edges: Array<NetworkEdge>;
  nodes: Array<Network>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A phone number, account, document or vehicle that links records together. */
export type Identifier = Entity & {
  id: Scalars['ID']['output'];
  kind: Kind;
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  marking: Marking;
  sources: Array<SourceSupport>;
  evidence: Array<Evidence>;
  figures: Array<Figure>;
  /** Its relationships, optionally filtered; source documents and figures only with includeStructural; first: at most 500 per page. */
  links: Array<Link>;
  /** Its relationships, optionally filtered; source documents and figures only with includeStructural, with totalCount and pageInfo. */
  linksConnection: LinkConnection;
  /** Its visible links (not provenance or figures), counted up to 1,000: that number means at least so many. */
  degree: Scalars['Int']['output'];
  /** Analysts' notes on it that you may see, newest first; first: at most 100. */
  notes: Array<Note>;
  /** What it identifies. */
  identifierType: Maybe<IdentifierType>;
  /** The number or handle as recorded. */
  value: Maybe<Scalars['String']['output']>;
  /** uses (incoming): USES_IDENTIFIER links to this identifier; first: at most 500 per page. */
  usedBy: Array<Link>;
  /** uses (incoming): USES_IDENTIFIER links to this identifier, with totalCount and pageInfo. */
  usedByConnection: LinkConnection;
  /** communicated with: COMMUNICATED_WITH links from this identifier; first: at most 500 per page. */
  contacted: Array<Link>;
  /** communicated with: COMMUNICATED_WITH links from this identifier, with totalCount and pageInfo. */
  contactedConnection: LinkConnection;
  /** communicated with (incoming): COMMUNICATED_WITH links to this identifier; first: at most 500 per page. */
  contactedBy: Array<Link>;
  /** communicated with (incoming): COMMUNICATED_WITH links to this identifier, with totalCount and pageInfo. */
  contactedByConnection: LinkConnection;
  /** measures (incoming): MEASURES links to this identifier; first: at most 500 per page. */
  measuredBy: Array<Link>;
  /** measures (incoming): MEASURES links to this identifier, with totalCount and pageInfo. */
  measuredByConnection: LinkConnection;
  /** mentioned in: MENTIONED_IN links from this identifier; first: at most 500 per page. */
  mentionedIn: Array<Link>;
  /** mentioned in: MENTIONED_IN links from this identifier, with totalCount and pageInfo. */
  mentionedInConnection: LinkConnection;
};


/** A phone number, account, document or vehicle that links records together. */
export type IdentifierLinksArgs = {
  types: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  kinds: InputMaybe<Array<Kind>>;
  includeStructural?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A phone number, account, document or vehicle that links records together. */
export type IdentifierLinksConnectionArgs = {
  types: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  kinds: InputMaybe<Array<Kind>>;
  includeStructural?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A phone number, account, document or vehicle that links records together. */
export type IdentifierNotesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A phone number, account, document or vehicle that links records together. */
export type IdentifierUsedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A phone number, account, document or vehicle that links records together. */
export type IdentifierUsedByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A phone number, account, document or vehicle that links records together. */
export type IdentifierContactedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A phone number, account, document or vehicle that links records together. */
export type IdentifierContactedConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A phone number, account, document or vehicle that links records together. */
export type IdentifierContactedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A phone number, account, document or vehicle that links records together. */
export type IdentifierContactedByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A phone number, account, document or vehicle that links records together. */
export type IdentifierMeasuredByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A phone number, account, document or vehicle that links records together. */
export type IdentifierMeasuredByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A phone number, account, document or vehicle that links records together. */
export type IdentifierMentionedInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A phone number, account, document or vehicle that links records together. */
export type IdentifierMentionedInConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};

/** Filters for the identifiers list; all given conditions must hold. */
export type IdentifierFilter = {
  /** Case-insensitive substring of the name or an alias. */
  nameContains: InputMaybe<Scalars['String']['input']>;
  /** Only entities stated by this source document. */
  source: InputMaybe<Scalars['ID']['input']>;
  identifierType: InputMaybe<IdentifierType>;
  value: InputMaybe<Scalars['String']['input']>;
};

export type IdentifierOrderField =
  | 'NAME'
  | 'IDENTIFIER_TYPE'
  | 'VALUE';

export type IdentifierOrder = {
  field: IdentifierOrderField;
  direction: SortDirection;
};

export type IdentifierEdge = {
  cursor: Scalars['String']['output'];
  node: Identifier;
};

export type IdentifierConnection = {
  edges: Array<IdentifierEdge>;
  nodes: Array<Identifier>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A public document the graph is built from; its id is the file name. */
export type Source = Entity & {
  id: Scalars['ID']['output'];
  kind: Kind;
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  marking: Marking;
  sources: Array<SourceSupport>;
  evidence: Array<Evidence>;
  figures: Array<Figure>;
  /** Its relationships, optionally filtered; source documents and figures only with includeStructural; first: at most 500 per page. */
  links: Array<Link>;
  /** Its relationships, optionally filtered; source documents and figures only with includeStructural, with totalCount and pageInfo. */
  linksConnection: LinkConnection;
  /** Its visible links (not provenance or figures), counted up to 1,000: that number means at least so many. */
  degree: Scalars['Int']['output'];
  /** Analysts' notes on it that you may see, newest first; first: at most 100. */
  notes: Array<Note>;
  /** Who published it. */
  publisher: Maybe<Scalars['String']['output']>;
  /** Title as printed. */
  title: Maybe<Scalars['String']['output']>;
  /** Publication date or the latest date it mentions. */
  date: Maybe<Scalars['String']['output']>;
  /** Report, fact sheet, web page, Q&A. */
  documentType: Maybe<Scalars['String']['output']>;
  /** Languages used in the text. */
  language: Maybe<Scalars['String']['output']>;
  /** Full text of the document as published (plain text), for reading a quote in its context. */
  text: Maybe<Scalars['String']['output']>;
  /** SHA-256 (hex) of the text, to tell which version of the document the quotes were checked against. */
  contentHash: Maybe<Scalars['String']['output']>;
  /** published (incoming): PUBLISHED links to this source document; first: at most 500 per page. */
  publishedBy: Array<Link>;
  /** published (incoming): PUBLISHED links to this source document, with totalCount and pageInfo. */
  publishedByConnection: LinkConnection;
  /** mentioned in (incoming): MENTIONED_IN links to this source document; first: at most 500 per page. */
  mentions: Array<Link>;
  /** mentioned in (incoming): MENTIONED_IN links to this source document, with totalCount and pageInfo. */
  mentionsConnection: LinkConnection;
};


/** A public document the graph is built from; its id is the file name. */
export type SourceLinksArgs = {
  types: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  kinds: InputMaybe<Array<Kind>>;
  includeStructural?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A public document the graph is built from; its id is the file name. */
export type SourceLinksConnectionArgs = {
  types: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  kinds: InputMaybe<Array<Kind>>;
  includeStructural?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A public document the graph is built from; its id is the file name. */
export type SourceNotesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A public document the graph is built from; its id is the file name. */
export type SourcePublishedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A public document the graph is built from; its id is the file name. */
export type SourcePublishedByConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A public document the graph is built from; its id is the file name. */
export type SourceMentionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** A public document the graph is built from; its id is the file name. */
export type SourceMentionsConnectionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};

/** Filters for the source documents list; all given conditions must hold. */
export type SourceFilter = {
  /** Case-insensitive substring of the name or an alias. */
  nameContains: InputMaybe<Scalars['String']['input']>;
  /** Only entities stated by this source document. */
  source: InputMaybe<Scalars['ID']['input']>;
  publisher: InputMaybe<Scalars['String']['input']>;
  date: InputMaybe<Scalars['String']['input']>;
};

export type SourceOrderField =
  | 'NAME'
  | 'PUBLISHER'
  | 'DATE';

export type SourceOrder = {
  field: SourceOrderField;
  direction: SortDirection;
};

export type SourceEdge = {
  cursor: Scalars['String']['output'];
  node: Source;
};

export type SourceConnection = {
  edges: Array<SourceEdge>;
  nodes: Array<Source>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type Direction =
  | 'OUT'
  | 'IN'
  | 'BOTH';

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** A verbatim quote from a source document that supports a node or a relationship. */
export type Evidence = {
  sourceId: Scalars['ID']['output'];
  /** The document (null only if it is above your clearance). */
  source: Maybe<Source>;
  quote: Scalars['String']['output'];
  /** Date or year the quote refers to, when the text gives one. */
  date: Maybe<Scalars['String']['output']>;
  modality: Modality;
};

/** A source document and the quotes in it that support one node or relationship. */
export type SourceSupport = {
  source: Source;
  quotes: Array<Scalars['String']['output']>;
};

/**
 * A relationship seen from one of its ends. Its properties (order, share, year, linkKind, role)
 * are generated from the model into server/modules/meta/link-properties.graphql.
 */
export type Link = {
  id: Scalars['ID']['output'];
  type: RelationshipType;
  caption: Scalars['String']['output'];
  /** OUT when the entity holding this field is the relationship's start. */
  direction: Direction;
  /** The entity at the other end. */
  node: Entity;
  marking: Marking;
  evidence: Array<Evidence>;
  sources: Array<SourceSupport>;
  /** Analysts' notes on it that you may see, newest first; first: at most 100. */
  notes: Array<Note>;
  /**
   * MEMBER_OF: Id of the network role the member plays in it (role-leader, role-driver, ...).
   * INVOLVED: What the participant did, in the documents' words.
   * MEASURES: How the figure relates to it: subject, population, place, period.
   */
  role: Maybe<Scalars['String']['output']>;
  /** Position of the place along the route, from 1. On DEPARTS_FROM, PASSES_THROUGH, ARRIVES_IN links. */
  order: Maybe<Scalars['Int']['output']>;
  /** Share in percent of the population the figure describes (null when the text gives none). On LINKED_TO links. */
  share: Maybe<Scalars['Float']['output']>;
  /** Year the share refers to. On LINKED_TO links. */
  year: Maybe<Scalars['Int']['output']>;
  /** Kind of link. On LINKED_TO links. */
  linkKind: Maybe<CrimeLinkKind>;
  /** Number of communications recorded. On COMMUNICATED_WITH links. */
  count: Maybe<Scalars['Int']['output']>;
  /** Date of the first one. On COMMUNICATED_WITH links. */
  firstDate: Maybe<Scalars['String']['output']>;
  /** Date of the last one. On COMMUNICATED_WITH links. */
  lastDate: Maybe<Scalars['String']['output']>;
  /** How they communicated. On COMMUNICATED_WITH links. */
  channel: Maybe<CommunicationChannel>;
};


/**
 * A relationship seen from one of its ends. Its properties (order, share, year, linkKind, role)
 * are generated from the model into server/modules/meta/link-properties.graphql.
 */
export type LinkNotesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Stage of a route, in travel order. */
export type RouteStage = {
  order: Scalars['Int']['output'];
  /** DEPARTS_FROM, PASSES_THROUGH or ARRIVES_IN. */
  type: RelationshipType;
  location: Location;
  evidence: Array<Evidence>;
};

/** Every node of the graph: its identity, names, provenance and links. */
export type Entity = {
  id: Scalars['ID']['output'];
  kind: Kind;
  name: Scalars['String']['output'];
  /** Acronyms, other spellings and names in other languages. */
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  marking: Marking;
  /** The documents that state it, each with its supporting quotes. */
  sources: Array<SourceSupport>;
  evidence: Array<Evidence>;
  /** Statistics about it (figures that measure it). */
  figures: Array<Figure>;
  /** Its relationships, optionally filtered; source documents and figures only with includeStructural; first: at most 500 per page. */
  links: Array<Link>;
  /** Its relationships, optionally filtered; source documents and figures only with includeStructural, with totalCount and pageInfo. */
  linksConnection: LinkConnection;
  /** Number of visible non-structural relationships, counted up to 1,000: 1,000 means at least so many. */
  degree: Scalars['Int']['output'];
  /** Analysts' notes on it that you may see, newest first; first: at most 100. */
  notes: Array<Note>;
};


/** Every node of the graph: its identity, names, provenance and links. */
export type EntityLinksArgs = {
  types: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  kinds: InputMaybe<Array<Kind>>;
  includeStructural?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Every node of the graph: its identity, names, provenance and links. */
export type EntityLinksConnectionArgs = {
  types: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  kinds: InputMaybe<Array<Kind>>;
  includeStructural?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
};


/** Every node of the graph: its identity, names, provenance and links. */
export type EntityNotesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of an entity's relationships: every relationship field has a ...Connection form. */
export type LinkConnection = {
  /** Visible relationships that match, on all pages. */
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  /** This page, in the field's order (route order, then share, type and name). */
  links: Array<Link>;
};

export type PageInfo = {
  hasNextPage: Scalars['Boolean']['output'];
  endCursor: Maybe<Scalars['String']['output']>;
};

/** What an export is written as. */
export type ExportFormat =
  /** CSV files in the import's format, each with its mapping, in a ZIP archive: importing them gives back the same entities and links. */
  | 'CSV'
  /** GraphML (Cytoscape desktop, yEd, Gephi), with the model's colours. */
  | 'GRAPHML'
  /** GEXF 1.3 (Gephi), with the model's colours. */
  | 'GEXF';

/** What to export: a selection of entities (grown by depth hops), or a whole import by its source id. */
export type ExportScope = {
  /** Entities to export (at most 2000), with the links among them; those you cannot see are left out like ids nobody uses. */
  ids: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Hops to grow the selection by over links you may see: 0 (default), 1 or 2. */
  depth: InputMaybe<Scalars['Int']['input']>;
  /** A whole import: every entity and link whose provenance cites this source (e.g. import-r-synthetic-case-data). */
  source: InputMaybe<Scalars['ID']['input']>;
};

/** One file of an export. */
export type ExportFile = {
  name: Scalars['String']['output'];
  mediaType: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

/** An export, ready to download. */
export type GraphExport = {
  format: ExportFormat;
  /** Entities (nodes) and links (edges) the files hold. */
  entities: Scalars['Int']['output'];
  links: Scalars['Int']['output'];
  /** What was left out of a CSV export, and why. */
  notes: Array<Scalars['String']['output']>;
  /** The files (CSV: each file with its mapping and README.txt). */
  files: Array<ExportFile>;
  /** The download's file name: a .zip for CSV, else the one file. */
  downloadName: Scalars['String']['output'];
  downloadType: Scalars['String']['output'];
  /** The download, base64-encoded. */
  downloadBase64: Scalars['String']['output'];
};

/** A node of a drawn graph; maps one-to-one to a Cytoscape node element. */
export type GraphNode = {
  id: Scalars['ID']['output'];
  kind: Kind;
  /** Short text to draw (the name). */
  label: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  /** Number of visible non-structural relationships in the whole graph, counted up to 1,000: 1,000 means at least so many. */
  degree: Scalars['Int']['output'];
  /** Hops from the nearest start node (neighbourhood), or position along a path. */
  distance: Maybe<Scalars['Int']['output']>;
  marking: Marking;
  evidenceCount: Scalars['Int']['output'];
  /** WGS84 coordinates of a location, for the geographic layout. */
  latitude: Maybe<Scalars['Float']['output']>;
  longitude: Maybe<Scalars['Float']['output']>;
  /** Date of an operation or event, for the timeline. */
  date: Maybe<Scalars['String']['output']>;
  /** The full entity, with any of its fields and relationships. */
  entity: Entity;
};

/**
 * An edge of a drawn graph; maps one-to-one to a Cytoscape edge element. Its relationship's
 * properties are generated from the model into server/modules/meta/link-properties.graphql.
 */
export type GraphEdge = {
  id: Scalars['ID']['output'];
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
  type: RelationshipType;
  /** Caption of the relationship type. */
  label: Scalars['String']['output'];
  /** Drawing weight: the share for polycriminality links, else 1. */
  weight: Scalars['Float']['output'];
  marking: Marking;
  evidenceCount: Scalars['Int']['output'];
  evidence: Array<Evidence>;
  /**
   * MEMBER_OF: Id of the network role the member plays in it (role-leader, role-driver, ...).
   * INVOLVED: What the participant did, in the documents' words.
   * MEASURES: How the figure relates to it: subject, population, place, period.
   */
  role: Maybe<Scalars['String']['output']>;
  /** Position of the place along the route, from 1. On DEPARTS_FROM, PASSES_THROUGH, ARRIVES_IN links. */
  order: Maybe<Scalars['Int']['output']>;
  /** Share in percent of the population the figure describes (null when the text gives none). On LINKED_TO links. */
  share: Maybe<Scalars['Float']['output']>;
  /** Year the share refers to. On LINKED_TO links. */
  year: Maybe<Scalars['Int']['output']>;
  /** Kind of link. On LINKED_TO links. */
  linkKind: Maybe<CrimeLinkKind>;
  /** Number of communications recorded. On COMMUNICATED_WITH links. */
  count: Maybe<Scalars['Int']['output']>;
  /** Date of the first one. On COMMUNICATED_WITH links. */
  firstDate: Maybe<Scalars['String']['output']>;
  /** Date of the last one. On COMMUNICATED_WITH links. */
  lastDate: Maybe<Scalars['String']['output']>;
  /** How they communicated. On COMMUNICATED_WITH links. */
  channel: Maybe<CommunicationChannel>;
};

export type Graph = {
  nodes: Array<GraphNode>;
  edges: Array<GraphEdge>;
  /** True when more nodes matched than the limit allowed; totalNodes tells how many. */
  truncated: Scalars['Boolean']['output'];
  totalNodes: Scalars['Int']['output'];
};

export type Path = {
  /** Number of relationships. */
  length: Scalars['Int']['output'];
  nodes: Array<GraphNode>;
  edges: Array<GraphEdge>;
};

export type PathMode =
  /** One shortest path. */
  | 'SHORTEST'
  /** Every path of the shortest length. */
  | 'ALL_SHORTEST'
  /** Up to k paths, shortest first. */
  | 'K_SHORTEST';

export type PathResult = {
  paths: Array<Path>;
  /** All paths merged into one graph, for drawing. */
  graph: Graph;
};

/**
 * A CSV file and its import mapping, both as text (the mapping's YAML format is described in the
 * README's "CSV import" section). The explorer sends these to /graphql?upload=csv, where the
 * request body may be up to 50 MB (server/body-limit.ts); every other request is limited to 1 MB.
 */
export type CsvImportInput = {
  csv: Scalars['String']['input'];
  /** The CSV file's name, as problems cite it. */
  file: Scalars['String']['input'];
  mapping: Scalars['String']['input'];
  /** The mapping file's name, as problems in the mapping cite it. */
  mappingFile: Scalars['String']['input'];
};

/** What is wrong with an import, and exactly where. */
export type ImportProblem = {
  file: Scalars['String']['output'];
  /** 1-based line of the CSV file (the header is line 1) or of the mapping. */
  line: Scalars['Int']['output'];
  /** 1-based column: the CSV column's position, or the column of the mapping text. */
  column: Maybe<Scalars['Int']['output']>;
  /** The CSV column's header, or the mapping's field. */
  field: Maybe<Scalars['String']['output']>;
  reason: Scalars['String']['output'];
};

export type ImportPreviewLink = {
  type: Scalars['String']['output'];
  to: Scalars['ID']['output'];
};

/** A row as it would be imported: the entity it becomes (or, for relationship rows, the link). */
export type ImportPreviewRow = {
  line: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
  links: Array<ImportPreviewLink>;
};

export type ImportReport = {
  /** True when the import was written (or, for a check, could be). */
  ok: Scalars['Boolean']['output'];
  /** Every problem (up to 200); when there is any, nothing is written. */
  problems: Array<ImportProblem>;
  /** Problems found beyond those listed. */
  moreProblems: Scalars['Int']['output'];
  rows: Scalars['Int']['output'];
  entities: Scalars['Int']['output'];
  /**
   * Rows of entities an analyst has resolved into others since (judged duplicates): they stay
   * resolved and are not written again; their links go to the entities they were resolved into.
   */
  resolvedEntities: Scalars['Int']['output'];
  links: Scalars['Int']['output'];
  /** The imported Source's id; its entities are listed by entities(source:). */
  sourceId: Maybe<Scalars['ID']['output']>;
  header: Array<Scalars['String']['output']>;
  /** The first rows as they would be imported. */
  preview: Array<ImportPreviewRow>;
  written: Scalars['Boolean']['output'];
};

export type ImportPhase =
  | 'QUEUED'
  | 'CHECKING'
  | 'ENTITIES'
  | 'LINKS'
  | 'DONE'
  | 'FAILED';

/**
 * An import running (or finished) in this API process. Jobs live in the memory of the instance
 * that runs them, for 30 minutes after they end; behind a load balancer, poll through the same
 * instance (sticky sessions) or the job is not found.
 */
export type ImportJob = {
  id: Scalars['ID']['output'];
  file: Scalars['String']['output'];
  phase: ImportPhase;
  /** Rows checked, or entities or links written, in this phase. */
  done: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
  /** 0 to 100 over the whole import (checking, then entities, then links). */
  percent: Scalars['Float']['output'];
  /** Rate of this phase so far. */
  rowsPerSecond: Scalars['Float']['output'];
  startedAt: Scalars['String']['output'];
  finishedAt: Maybe<Scalars['String']['output']>;
  /** When the phase is DONE: what was written, or every problem (then nothing was written). */
  result: Maybe<ImportReport>;
  /** When the phase is FAILED: why. */
  error: Maybe<Scalars['String']['output']>;
};

/**
 * A document to ingest: its text, or a file's name and its content in base64 (.txt, .md, .html,
 * .pdf; HTML is read without fetching anything). Re-ingesting the same text changes nothing.
 */
export type IngestDocumentInput = {
  text: InputMaybe<Scalars['String']['input']>;
  fileName: InputMaybe<Scalars['String']['input']>;
  contentBase64: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  publisher: InputMaybe<Scalars['String']['input']>;
  /** Publication date: "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
  date: InputMaybe<Scalars['String']['input']>;
  documentType: InputMaybe<Scalars['String']['input']>;
  /** Defaults to RESTRICTED: an analyst's document is case material until marked otherwise. */
  marking: InputMaybe<Marking>;
};

export type IngestResult = {
  sourceId: Scalars['ID']['output'];
  /** False when a document with the same text was already there: nothing was written. */
  created: Scalars['Boolean']['output'];
  contentHash: Scalars['String']['output'];
  mentionCount: Scalars['Int']['output'];
  mentionedEntityCount: Scalars['Int']['output'];
  candidateCount: Scalars['Int']['output'];
  /** Languages detected (ISO 639-3: eng, fra), paragraph by paragraph. */
  languages: Array<Scalars['String']['output']>;
};

/** One place a document names a known entity: offsets into the Source's text (end exclusive). */
export type DocumentMention = {
  entityId: Scalars['ID']['output'];
  kind: Kind;
  name: Scalars['String']['output'];
  start: Scalars['Int']['output'];
  end: Scalars['Int']['output'];
  sentence: Scalars['String']['output'];
  marking: Marking;
};

export type CandidateStatus =
  | 'PENDING'
  | 'ACCEPTED'
  | 'REJECTED';

/** Something an ingested document proposes that matches nothing known; never an entity until accepted. */
export type Candidate = {
  id: Scalars['ID']['output'];
  sourceId: Scalars['ID']['output'];
  kind: Kind;
  text: Scalars['String']['output'];
  acronym: Maybe<Scalars['String']['output']>;
  start: Scalars['Int']['output'];
  end: Scalars['Int']['output'];
  sentence: Scalars['String']['output'];
  confidence: Scalars['Float']['output'];
  /** operation-name, acronym, named-pattern, capitalised-name, figure, operation-date, ambiguous-alias. */
  reason: Scalars['String']['output'];
  /** Known entities it is about: a figure's subjects, a dated operation, an ambiguous alias's entity. */
  relatedIds: Array<Scalars['ID']['output']>;
  value: Maybe<Scalars['Float']['output']>;
  unit: Maybe<Scalars['String']['output']>;
  occurrences: Scalars['Int']['output'];
  status: CandidateStatus;
  marking: Marking;
  /** The entity or relationship it became, once accepted. */
  acceptedAs: Maybe<Scalars['ID']['output']>;
};

export type CandidatePage = {
  totalCount: Scalars['Int']['output'];
  candidates: Array<Candidate>;
  /** Pass as `after` for the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type CandidateAcceptance =
  /** A new entity of the candidate's kind, named by its text (or `name`). */
  | 'NEW_ENTITY'
  /** Another name of `entityId`. */
  | 'ALIAS'
  /** A relationship of `linkType` from `from` to `to`, with the sentence as evidence. */
  | 'LINK';

export type AcceptCandidateInput = {
  id: Scalars['ID']['input'];
  as: CandidateAcceptance;
  entityId: InputMaybe<Scalars['ID']['input']>;
  name: InputMaybe<Scalars['String']['input']>;
  linkType: InputMaybe<RelationshipType>;
  from: InputMaybe<Scalars['ID']['input']>;
  to: InputMaybe<Scalars['ID']['input']>;
};

export type EditCandidateInput = {
  id: Scalars['ID']['input'];
  text: InputMaybe<Scalars['String']['input']>;
  kind: InputMaybe<Kind>;
};

export type CandidateAcceptanceResult = {
  candidate: Candidate;
  /** The new or changed entity (NEW_ENTITY, ALIAS) or the relationship (LINK). */
  entityId: Maybe<Scalars['ID']['output']>;
  linkId: Maybe<Scalars['ID']['output']>;
};

/** A quote from a source document supporting what is written. */
export type EvidenceInput = {
  sourceId: Scalars['ID']['input'];
  quote: Scalars['String']['input'];
  /** Date or year the quote refers to: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: InputMaybe<Scalars['String']['input']>;
  modality: InputMaybe<Modality>;
  /** Marking of this quote when it is stricter than what it supports (default: the same); a viewer below it does not see the quote. */
  marking: InputMaybe<Marking>;
};

export type EntityInput = {
  /**
   * The id of an entity you can see, to replace it. Otherwise a new entity is made and its id is
   * this (the kind's prefix and a slug: org-..., op-...; left out: made from the name) followed by
   * a random suffix, e.g. org-example-task-force-3f9a2c.
   */
  id: InputMaybe<Scalars['ID']['input']>;
  kind: Kind;
  name: Scalars['String']['input'];
  aliases: InputMaybe<Array<Scalars['String']['input']>>;
  description: InputMaybe<Scalars['String']['input']>;
  /** At most your clearance. */
  marking: InputMaybe<Marking>;
  /** Kind-specific properties (see the model), e.g. {"opType": "operation", "startDate": "2016-05"}. */
  properties: InputMaybe<Scalars['JSONObject']['input']>;
  /** At least one quote. A new source document may cite itself. */
  evidence: Array<EvidenceInput>;
};

/**
 * A relationship to write. Its properties (order, share, year, linkKind, role) are generated from
 * the model into server/modules/meta/link-properties.graphql; give only those its type has.
 */
export type LinkInput = {
  type: RelationshipType;
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  marking: InputMaybe<Marking>;
  evidence: Array<EvidenceInput>;
  /**
   * MEMBER_OF: Id of the network role the member plays in it (role-leader, role-driver, ...).
   * INVOLVED: What the participant did, in the documents' words.
   * MEASURES: How the figure relates to it: subject, population, place, period.
   */
  role: InputMaybe<Scalars['String']['input']>;
  /** Position of the place along the route, from 1. On DEPARTS_FROM, PASSES_THROUGH, ARRIVES_IN links. */
  order: InputMaybe<Scalars['Int']['input']>;
  /** Share in percent of the population the figure describes (null when the text gives none). On LINKED_TO links. */
  share: InputMaybe<Scalars['Float']['input']>;
  /** Year the share refers to. On LINKED_TO links. */
  year: InputMaybe<Scalars['Int']['input']>;
  /** Kind of link. On LINKED_TO links. */
  linkKind: InputMaybe<CrimeLinkKind>;
  /** Number of communications recorded. On COMMUNICATED_WITH links. */
  count: InputMaybe<Scalars['Int']['input']>;
  /** Date of the first one. On COMMUNICATED_WITH links. */
  firstDate: InputMaybe<Scalars['String']['input']>;
  /** Date of the last one. On COMMUNICATED_WITH links. */
  lastDate: InputMaybe<Scalars['String']['input']>;
  /** How they communicated. On COMMUNICATED_WITH links. */
  channel: InputMaybe<CommunicationChannel>;
};

export type DeleteResult = {
  id: Scalars['ID']['output'];
  deleted: Scalars['Boolean']['output'];
};

/**
 * A crime linked to the crime asked about, with its share and the kind of link (the LINKED_TO
 * properties, generated from the model into server/modules/meta/link-properties.graphql).
 */
export type CrimeLink = {
  /** Share in percent of the population the figure describes (null when the text gives none). On LINKED_TO links. */
  share: Maybe<Scalars['Float']['output']>;
  /** Year the share refers to. On LINKED_TO links. */
  year: Maybe<Scalars['Int']['output']>;
  /** Kind of link. On LINKED_TO links. */
  linkKind: Maybe<CrimeLinkKind>;
  /** 1 for the largest share. */
  rank: Scalars['Int']['output'];
  crimeType: CrimeType;
  /** The statistic the share comes from. */
  figure: Maybe<Figure>;
  evidence: Array<Evidence>;
  sources: Array<SourceSupport>;
};

/** A kind of entity, as the model declares it, with how many are visible to you. */
export type KindInfo = {
  kind: Kind;
  caption: Scalars['String']['output'];
  plural: Scalars['String']['output'];
  description: Scalars['String']['output'];
  colour: Scalars['String']['output'];
  /** Cytoscape node shape. */
  shape: Scalars['String']['output'];
  /** Name of the list field in Query (e.g. organisations). */
  listField: Scalars['String']['output'];
  count: Scalars['Int']['output'];
};

export type RelationshipTypeInfo = {
  type: RelationshipType;
  caption: Scalars['String']['output'];
  description: Scalars['String']['output'];
  /** The family it belongs to (its colour is the family's) and that family's caption. */
  family: RelationshipFamily;
  familyCaption: Scalars['String']['output'];
  colour: Scalars['String']['output'];
  /** solid or dashed; a dashed line is drawn with dashPattern (dash, gap, ... in px). */
  lineStyle: Scalars['String']['output'];
  dashPattern: Array<Scalars['Int']['output']>;
  /** Kinds it may start from and end at. */
  from: Array<Kind>;
  to: Array<Kind>;
  /** Provenance or statistics rather than a link between named things. */
  structural: Scalars['Boolean']['output'];
  /** Field names on the entity types: outgoing and incoming. */
  outField: Scalars['String']['output'];
  inField: Scalars['String']['output'];
  count: Scalars['Int']['output'];
};

export type Meta = {
  kinds: Array<KindInfo>;
  relationshipTypes: Array<RelationshipTypeInfo>;
  /** Total visible entities and relationships. */
  entityCount: Scalars['Int']['output'];
  relationshipCount: Scalars['Int']['output'];
};

/** Entity kinds of the knowledge graph. */
export type Kind =
  /** International organisations, agencies and their units, expert networks, task forces, centres, teams and partners. */
  | 'Organisation'
  /** Operations, programmes, projects, forums, conferences, joint action days and other dated events. */
  | 'Operation'
  /** Migration and smuggling routes, regional and global, with their ordered places. */
  | 'Route'
  /** Crime areas, including migrant smuggling itself and the crimes it is linked to. */
  | 'CrimeType'
  /** Roles people play in smuggling networks, from leaders to low-level facilitators. */
  | 'NetworkRole'
  /** Countries, regions, cities, seas and crossing points, with coordinates for the map layout. */
  | 'Location'
  /** How smuggling is done: means of transport, vessel types, document fraud, abuse of legal channels, communication. */
  | 'ModusOperandi'
  /** How smuggling is paid for, and how its profits are laundered. */
  | 'PaymentMethod'
  /** Legal business sectors vulnerable to abuse by smuggling networks. */
  | 'Sector'
  /** Travel and identity documents, visas and permits that are forged, stolen or abused. */
  | 'DocumentType'
  /** Policing tools and services: databases, notices, communication systems, analysis files. */
  | 'Tool'
  /** A statistic the documents give: a fact about a population, attached to what it measures. */
  | 'Figure'
  /** A suspect or another actor in a case, by name or pseudonym. */
  | 'Person'
  /** A criminal network or organised crime group in a case. */
  | 'Network'
  /** A phone number, account, document or vehicle that links records together. */
  | 'Identifier'
  /** A public document the graph is built from; its id is the file name. */
  | 'Source';

/** Relationship types of the knowledge graph. */
export type RelationshipType =
  /** A unit of an organisation, a place within a larger place, a section of a route, a sub-role or sub-crime. */
  | 'PART_OF'
  /** Organisations that work together, as the documents list them. */
  | 'PARTNER_OF'
  /** A country or body that belongs to a network, task force or organisation; a person in a criminal network, with their role. */
  | 'MEMBER_OF'
  /** Where an organisation sits or a role operates from. */
  | 'BASED_IN'
  /** The organisation or country that led or organised an operation or event. */
  | 'LED_BY'
  /** An organisation or country taking part in an operation or event. */
  | 'INVOLVED'
  /** Who paid for a programme or operation. */
  | 'FUNDED_BY'
  /** What an operation, organisation or tool is directed against or focuses on. */
  | 'TARGETS'
  /** Where an operation or event happened. */
  | 'TOOK_PLACE_IN'
  /** The organisation that runs a tool or database. */
  | 'OPERATES'
  /** A tool used by an operation, organisation or network role. */
  | 'USES_TOOL'
  /** A place where a route starts. */
  | 'DEPARTS_FROM'
  /** A transit place along a route. */
  | 'PASSES_THROUGH'
  /** A place where a route ends. */
  | 'ARRIVES_IN'
  /** An onward connection from one route to another. */
  | 'CONNECTS_TO'
  /** A nationality the documents name among the users of a route. */
  | 'USED_BY_NATIONALS_OF'
  /** A modus operandi used on a route, by a role or in a crime. */
  | 'USES_METHOD'
  /** A way smuggling services are paid for. */
  | 'PAID_WITH'
  /** A way or sector through which proceeds are laundered. */
  | 'LAUNDERS_THROUGH'
  /** A business sector or service abused to run or hide smuggling. */
  | 'EXPLOITS'
  /** A document type that is forged, stolen, borrowed or fraudulently obtained. */
  | 'ABUSES_DOCUMENT'
  /** A method, document, tool or crime that makes another crime possible. */
  | 'FACILITATES'
  /** Polycriminality: a crime linked to another, with the share of suspects and the kind of link. */
  | 'LINKED_TO'
  /** A crime the people in a role commit or are involved in. */
  | 'COMMITS'
  /** A role that coordinates another. */
  | 'COORDINATES'
  /** A role that manages or directs another. */
  | 'MANAGES'
  /** A role that assists or works for another. */
  | 'ASSISTS'
  /** Where a role, crime, method, means of payment, person or network is found: a place (a hotspot), a route. */
  | 'ACTIVE_IN'
  /** A person's nationality (a country). */
  | 'NATIONAL_OF'
  /** A crime type a person or network is suspected of or involved in (suspect-level polycriminality). */
  | 'SUSPECTED_OF'
  /** A route a network or person smuggles along. */
  | 'OPERATES_ALONG'
  /** A phone, account, document or vehicle a person or network uses; shared identifiers link records. */
  | 'USES_IDENTIFIER'
  /** Communication records between two identifiers or persons: how many, first and last date, channel. */
  | 'COMMUNICATED_WITH'
  /** The organisation that published a source document. */
  | 'PUBLISHED'
  /** A figure and what it is about. */
  | 'MEASURES'
  /** Provenance: the source document that states an entity (derived from its evidence). */
  | 'MENTIONED_IN';

/** Handling marking of a node or relationship; users see what is at or below their clearance. */
export type Marking =
  | 'PUBLIC'
  | 'RESTRICTED'
  | 'CONFIDENTIAL';

/** How a source states a fact. */
export type Modality =
  /** Stated by the source as a fact it recorded. */
  | 'REPORTED'
  /** An estimate by the source, not a count. */
  | 'ESTIMATED'
  /** A forecast: a trend or development the source expects, not yet observed. */
  | 'EXPECTED';

/** Families of relationship types, each drawn in its own colour. */
export type RelationshipFamily =
  | 'COOPERATION'
  | 'OPERATIONS'
  | 'ROUTES'
  | 'PLACES'
  | 'CRIME'
  | 'MONEY'
  | 'NETWORK'
  | 'PROVENANCE'
  | 'COMMUNICATIONS';

/** The kinds of link between crimes the Europol-INTERPOL report distinguishes. */
export type CrimeLinkKind =
  | 'SHARED_ACTORS'
  | 'SHARED_INFRASTRUCTURE'
  | 'SUPPORTING_CRIME'
  | 'POLYCRIMINAL_SUSPECTS';

/** Means of travel. */
export type TravelMode =
  | 'SEA'
  | 'LAND'
  | 'AIR'
  | 'MIXED';

/** What an analyst's note is about. */
export type NoteTargetType =
  /** An entity (a node of the graph). */
  | 'ENTITY'
  /** A relationship between two entities. */
  | 'LINK';

/** An analyst's judgement of two entities the duplicate queue proposes. */
export type DuplicateVerdict =
  /** The same thing: resolved into one entity (reversible). */
  | 'SAME'
  /** Different things: never proposed again, nor any pair of their resolved groups. */
  | 'NOT_SAME'
  /** Left in the queue, after the pairs nobody has judged. */
  | 'UNSURE';

/** Roles, lowest first: each includes the ones before it. */
export type Role =
  /** Reads the graph. */
  | 'VIEWER'
  /** Reads, and writes knowledge (entities and links). */
  | 'ANALYST'
  /** Also manages users, API tokens and reads the audit log. */
  | 'ADMIN';

/** Organisation.orgType: What sort of body it is. */
export type OrganisationType =
  | 'INTERNATIONAL_ORGANISATION'
  | 'AGENCY'
  | 'UNIT'
  | 'CENTRE'
  | 'NETWORK'
  | 'TASK_FORCE'
  | 'TEAM'
  | 'WORKING_GROUP'
  | 'NATIONAL_AUTHORITY'
  | 'REGIONAL_BODY'
  | 'NGO'
  | 'PRIVATE_SECTOR'
  | 'OTHER';

/** Operation.opType: What sort of action it is. */
export type OperationType =
  | 'OPERATION'
  | 'PROGRAMME'
  | 'PROJECT'
  | 'FORUM'
  | 'CONFERENCE'
  | 'MEETING'
  | 'JOINT_ACTION_DAY'
  | 'TRAINING'
  | 'EVENT';

/** Route.scope: Regional route into the EU or global route. */
export type RouteScope =
  | 'REGIONAL'
  | 'GLOBAL';

/** NetworkRole.level: Where the role sits in the network. */
export type NetworkRoleLevel =
  | 'LEADERSHIP'
  | 'ORGANISER'
  | 'FACILITATOR'
  | 'SUPPORT'
  | 'FINANCIAL'
  | 'OFFICIAL'
  | 'CLIENT';

/** Location.locationType: What sort of place. */
export type LocationType =
  | 'COUNTRY'
  | 'REGION'
  | 'CONTINENT'
  | 'CITY'
  | 'SEA'
  | 'ISLAND'
  | 'BORDER_AREA'
  | 'TERRITORY';

/** ModusOperandi.category: Sort of method. */
export type ModusOperandiCategory =
  | 'TRANSPORT'
  | 'VESSEL'
  | 'CONCEALMENT'
  | 'DOCUMENT_FRAUD'
  | 'LEGAL_CHANNEL_ABUSE'
  | 'COMMUNICATION'
  | 'RECRUITMENT'
  | 'VIOLENCE'
  | 'OTHER';

/** PaymentMethod.purpose: Paying for smuggling, laundering its proceeds, or both. */
export type PaymentMethodPurpose =
  | 'PAYMENT'
  | 'LAUNDERING'
  | 'BOTH';

/** Tool.toolType: Sort of tool. */
export type ToolType =
  | 'DATABASE'
  | 'NOTICE'
  | 'COMMUNICATION_SYSTEM'
  | 'ANALYSIS_FILE'
  | 'PLATFORM'
  | 'SERVICE'
  | 'OTHER';

/** Figure.qualifier: How the number is qualified: exact, approximately, more than, less than, up to, at least. */
export type FigureQualifier =
  | 'EXACT'
  | 'APPROXIMATELY'
  | 'MORE_THAN'
  | 'LESS_THAN'
  | 'UP_TO'
  | 'AT_LEAST';

/** Person.status: Their part in the case. */
export type PersonStatus =
  | 'SUSPECT'
  | 'ASSOCIATE'
  | 'VICTIM'
  | 'WITNESS'
  | 'OTHER';

/** Person.gender: Gender as recorded. */
export type PersonGender =
  | 'FEMALE'
  | 'MALE'
  | 'OTHER'
  | 'UNKNOWN';

/** Network.structure: How it is organised, as the case data says. */
export type NetworkStructure =
  | 'HIERARCHICAL'
  | 'LOOSE'
  | 'CELL'
  | 'FAMILY'
  | 'OTHER';

/** Identifier.identifierType: What it identifies. */
export type IdentifierType =
  | 'PHONE'
  | 'EMAIL'
  | 'MESSAGING_ACCOUNT'
  | 'BANK_ACCOUNT'
  | 'DOCUMENT'
  | 'VEHICLE'
  | 'IP_ADDRESS'
  | 'OTHER';

/** CommunicatedWith.channel: How they communicated. */
export type CommunicationChannel =
  | 'CALL'
  | 'SMS'
  | 'MESSAGING'
  | 'EMAIL'
  | 'OTHER';

/**
 * An analyst's note on an entity or a relationship: dated, authored and marked. It is visible to
 * whoever may see both its marking and what it is about (the entity, or the relationship and both
 * its ends); its marking is never below that of what it is about.
 */
export type Note = {
  /** Made by the server. */
  id: Scalars['ID']['output'];
  /** 1 to 4,000 characters. */
  text: Scalars['String']['output'];
  /** The name of the user who wrote it. */
  author: Scalars['String']['output'];
  /** When it was written (ISO 8601). */
  createdAt: Scalars['String']['output'];
  marking: Marking;
  /** The id of the entity or relationship it is about. */
  targetId: Scalars['ID']['output'];
  targetType: NoteTargetType;
  /** Whether the signed-in user wrote it. */
  mine: Scalars['Boolean']['output'];
};

export type NoteInput = {
  /** The id of an entity or a relationship you can see. */
  targetId: Scalars['ID']['input'];
  /** 1 to 4,000 characters (leading and trailing spaces are dropped). */
  text: Scalars['String']['input'];
  /** At most your clearance and at least the marking of what it is about; by default the latter. */
  marking: InputMaybe<Marking>;
};

export type Polycriminality = {
  crimeType: CrimeType;
  /** The year asked for, or null for every year. */
  year: Maybe<Scalars['Int']['output']>;
  /** Years for which the documents give shares. */
  years: Array<Scalars['Int']['output']>;
  /** Linked crime types, largest share first. */
  links: Array<CrimeLink>;
  /** The crime type and its linked crime types, for drawing. */
  graph: Graph;
};

/** An entity connected to both crime types asked about. */
export type SharedConnection = {
  entity: Entity;
  /** Its links to the first crime type. */
  toFirst: Array<Link>;
  /** Its links to the second crime type. */
  toSecond: Array<Link>;
};

/** One search result. */
export type SearchHit = {
  entity: Entity;
  /** Relevance (higher is better). */
  score: Scalars['Float']['output'];
  /** Which field matched best: name, alias or description. */
  matchedField: Scalars['String']['output'];
  /** The matching text, HTML-escaped, with matches wrapped in <mark>…</mark>. */
  highlight: Scalars['String']['output'];
};

/** An analyst's note found by its text, with what it is about (one of entity and link). */
export type NoteHit = {
  note: Note;
  /** Relevance among notes (higher is better); not comparable with the scores of search. */
  score: Scalars['Float']['output'];
  /** The note's text around the match, HTML-escaped, with matches wrapped in <mark>…</mark>. */
  highlight: Scalars['String']['output'];
  /** The entity the note is about; null when it is about a relationship. */
  entity: Maybe<Entity>;
  /** The relationship the note is about; null when it is about an entity. */
  link: Maybe<NoteLink>;
};

/** A relationship a note is about, with both its ends. */
export type NoteLink = {
  id: Scalars['ID']['output'];
  type: RelationshipType;
  caption: Scalars['String']['output'];
  from: Entity;
  to: Entity;
};

/**
 * A view of the explorer stored on the server: the entities on the canvas with the layout, filters,
 * hides, pins, selection and node positions. Its marking is the highest marking of the entities it
 * holds, and only a user who may see all of them may open it (to everyone else it does not exist).
 */
export type SavedView = {
  /** Short, random and URL-safe (10 characters): the explorer's links are #v=<id>. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The name of the user who saved it. */
  owner: Scalars['String']['output'];
  /** When it was saved (ISO 8601). */
  savedAt: Scalars['String']['output'];
  /** The highest marking of the entities it holds, computed by the server when it was saved. */
  marking: Marking;
  /** How many entities it holds. */
  nodeCount: Scalars['Int']['output'];
  /** Listed for every user who may see it; false: only in the owner's list (a link still opens it for whoever may see it). */
  shared: Scalars['Boolean']['output'];
  /** Whether the signed-in user saved it. */
  mine: Scalars['Boolean']['output'];
  /** The explorer's view state: ids, layout, hiddenKinds, hiddenTypes, hiddenIds, pinnedIds, timeRange, selectedId. */
  state: Scalars['JSONObject']['output'];
  /** Where each entity was drawn, {x, y} by id; null when the view was saved without positions. */
  positions: Maybe<Scalars['JSONObject']['output']>;
};

export type SavedViewInput = {
  /** 1 to 80 characters. */
  name: Scalars['String']['input'];
  /** The explorer's view state; state.ids lists 1 to 2000 entities you can see (others are refused as unknown). */
  state: Scalars['JSONObject']['input'];
  /** {x, y} by entity id, for ids in state.ids. */
  positions: InputMaybe<Scalars['JSONObject']['input']>;
  /** List it for every user who may see it; by default only you list it (a link still opens it for whoever may see it). */
  shared: InputMaybe<Scalars['Boolean']['input']>;
};
