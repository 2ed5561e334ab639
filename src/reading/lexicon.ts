/**
 * The closed word lists the reading uses, as data. Each is short and names a
 * concept (document nouns, meeting nouns, favour verbs, generic heads…); the
 * open classes — any noun phrase after "your", any verb of giving after "I can"
 * — are recognised by their shape in ./acts.ts, not listed here.
 */

/** A list of words or phrases as one alternation; spaces match any run of white space. */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** Words that negate the clause they stand in. */
export const NEGATORS = ['not', 'never', 'no', 'cannot', 'nor', 'neither', 'without', 'no longer', 'hardly'];
/** Hedges that contain a negator but still ask ("I don't suppose you could…", "if you wouldn't mind"). */
export const HEDGES = [
  "don't suppose", 'don’t suppose', 'dont suppose', 'not sure if', 'not sure whether', "don't know if", 'don’t know if', "don't know whether",
  "wouldn't mind", 'wouldn’t mind', 'no pressure', 'no rush', 'no worries', 'not to bother', 'not to impose', 'no obligation', "if not", 'or not',
  "don't hesitate", 'don’t hesitate', "haven't forgotten", 'haven’t forgotten', 'not forgotten', "won't forget", 'never forget', 'not a problem', 'no problem', 'not only', 'no matter',
];

/** What a meeting is called: asking for one asks for the reader's time. */
export const MEETING_NOUNS = [
  'call', 'phone call', 'video call', 'zoom', 'zoom call', 'teams call', 'google meet', 'chat', 'coffee', 'coffee chat', 'virtual coffee', 'meeting', 'meet up', 'meetup',
  'conversation', 'catch up', 'catch-up', 'lunch', 'breakfast', 'drinks', 'dinner', 'sit down', 'sit-down', 'informational interview', 'info interview',
  'informational', 'get together', 'get-together', 'walk', 'visit', 'session', 'hangout', 'facetime', 'phone conversation', 'quick sync', 'sync',
  'slot', 'time slot', 'telephone', 'by phone', 'on the phone', 'over the phone', 'video chat', 'teams meeting', 'skype',
];
/** Verbs that ask for a meeting by themselves ("could we meet", "hop on a call"). */
export const MEETING_VERBS = ['meet', 'hop on', 'jump on', 'talk', 'speak', 'chat', 'connect over', 'sit down', 'grab', 'catch up', 'call you', 'ring you', 'come by', 'come to your office', 'stop by', 'visit'];

/** General-purpose advice words: asking for these with no question is "too general". */
export const ADVICE_NOUNS = [
  'advice', 'tips', 'tip', 'pointers', 'guidance', 'thoughts', 'insight', 'insights', 'suggestions', 'input', 'wisdom', 'help', 'perspective',
  'take', 'two cents', 'counsel', 'mentorship', 'mentoring', 'know-how', 'words of wisdom', 'ideas', 'recommendations', 'opinion', 'opinions', 'views',
];

/** Documents a writer sends about themselves. */
export const DOCUMENT_NOUNS = [
  'résumé', 'resume', 'résume', 'resumé', 'résumés', 'resumes', 'cv', 'cvs', 'c.v.', 'curriculum vitae', 'cover letter', 'cover letters', 'portfolio', 'portfolios',
  'deck', 'pitch deck', 'investor deck', 'one-pager', 'writing sample', 'writing samples', 'reference letter', 'letter of reference', 'recommendation letter',
  'transcript', 'transcripts', 'thesis chapter', 'dissertation chapter', 'biodata', 'bio-data', 'profile pdf', 'showreel', 'reel', 'demo reel', 'lookbook',
];

/** Verbs of sending a document with a message. */
export const ATTACH_WORDS = ['attached', 'attaching', 'attach', 'enclosed', 'enclosing', 'enclose', 'included', 'including', 'linked', 'linking', 'pasted', 'pasting', 'sharing', 'sending', 'sent', 'forwarding', 'uploaded'];

/**
 * Heads of "your …" that say nothing specific about the reader: true of anyone at their
 * company or in their job, or what the writer asks them for.
 */
export const GENERIC_HEADS = [
  'company', 'organisation', 'organization', 'firm', 'business', 'employer', 'team', 'department', 'office', 'group', 'division', 'industry', 'field', 'sector',
  'profile', 'page', 'linkedin', 'background', 'experience', 'expertise', 'knowledge', 'career', 'work', 'job', 'role', 'position', 'title', 'name', 'company’s', "company's",
  'time', 'help', 'advice', 'input', 'thoughts', 'insight', 'insights', 'feedback', 'guidance', 'perspective', 'opinion', 'views', 'view', 'support', 'attention', 'consideration',
  'reply', 'response', 'answer', 'answers', 'schedule', 'calendar', 'availability', 'convenience', 'network', 'connections', 'contacts', 'inbox', 'email', 'e-mail', 'number',
  'address', 'side', 'end', 'day', 'week', 'way', 'behalf', 'area', 'kindness', 'generosity', 'assistance', 'permission', 'approval', 'referral', 'recommendation', 'thanks',
  'own', 'hiring', 'manager', 'recruiter', 'boss', 'colleagues', 'colleague', 'coworkers', 'peers', 'people', 'staff', 'website', 'site', 'openings', 'opening', 'vacancy',
  'vacancies', 'positions', 'roles', 'jobs', 'careers', 'hospital', 'clinic', 'hotel', 'restaurant', 'sites', 'plant', 'factory', 'lab', 'store', 'shop',
  'branch', 'facility', 'laboratory', 'fund', 'thesis', 'department’s', 'practice', 'agency', 'studio', 'startup', 'institution', 'institute', 'ministry', 'project', 'projects', 'projects.', 'ward', 'unit', 'platform', 'services', 'products', 'product', 'clients', 'customers', 'success', 'achievements', 'accomplishments',
  'journey', 'story', 'path', 'mind', 'brain', 'brains', 'take', 'shoes', 'progress', 'research', 'cv', 'resume', 'résumé', 'values', 'members', 'portal', 'requirements', 'needs', 'criteria', 'sincerely', 'faithfully', 'truly', 'information', 'info', 'details', 'perusal', 'reference', 'review', 'head', 'lead', 'ceo', 'cto', 'cfo', 'coo', 'cmo', 'vp', 'director', 'founder', 'hr',
  'location', 'city', 'country', 'school', 'university', 'college', 'alma', 'domain', 'space', 'niche', 'specialty', 'speciality', 'list', 'organisation’s',
];

/** Words that end the noun phrase after "your": function words, not parts of a name. */
export const PHRASE_STOPS = [
  'and', 'or', 'but', 'so', 'because', 'as', 'if', 'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'to', 'for', 'of', 'on', 'in', 'at', 'about',
  'around', 'with', 'from', 'by', 'into', 'over', 'under', 'through', 'during', 'after', 'before', 'since', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had',
  'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'do', 'does', 'did', 'really', 'very', 'too', 'also', 'just', 'i', 'you', 'we', 'they', 'he',
  'she', 'it', 'me', 'my', 'this', 'the', 'a', 'an', 'your', 'yours', 'our', 'their', 'his', 'her', 'there', 'here', 'than', 'then', 'not', 'all', 'any', 'some',
  'via', 'like', 'such', 'per', 'across', 'within', 'without', 'towards', 'toward', 'among', 'between', 'along', 'upon', 'off', 'out', 'up', 'beyond', 'including',
  'regarding', 'whenever', 'whatever', 'whether', 'how', 'what', 'why', 'last', 'next', 'every', 'each',
];
/** Prepositions after a generic head that make it specific: "your work on X", "your talk about Y". */
export const SPECIFYING_PREPOSITIONS = ['on', 'about', 'around', 'behind', 'regarding', 'during', 'for', 'with', 'into', 'from', 'in'];

/**
 * Verbs that say the reader did something the writer noticed ("you wrote", "you spoke at").
 * Past forms, as the writer saw it happen; "you work at" is not in it.
 */
export const READER_DEEDS = [
  'wrote', 'written', 'posted', 'published', 'shared', 'said', 'mentioned', 'spoke', 'presented', 'talked', 'gave', 'hosted', 'led', 'built', 'launched', 'shipped',
  'founded', 'co-founded', 'created', 'designed', 'joined', 'moved', 'switched', 'transitioned', 'became', 'won', 'raised', 'ran', 'organised',
  'organized', 'answered', 'commented', 'replied', 'recorded', 'made', 'released', 'open-sourced', 'opened', 'announced', 'pivoted', 'grew', 'scaled', 'rebuilt',
  'migrated', 'redesigned', 'wrapped', 'finished', 'completed', 'earned', 'were promoted', 'got promoted', 'taught', 'mentored', 'coached',
  'appeared', 'featured', 'judged', 'reviewed', 'merged', 'contributed', 'tweeted', 'blogged', 'filed', 'fixed', 'left',
];
/** What a person makes that others read, watch or use: a reference to one is about them. */
export const WORK_NOUNS = [
  'post', 'article', 'piece', 'essay', 'blog', 'thread', 'newsletter', 'write-up', 'writeup', 'case study', 'paper', 'book', 'chapter', 'talk', 'keynote', 'panel',
  'lightning talk', 'presentation', 'podcast', 'episode', 'ep', 'interview', 'video', 'stream', 'livestream', 'webinar', 'workshop', 'session', 'course', 'AMA',
  'answer', 'repo', 'repository', 'library', 'pull request', 'PR', 'issue', 'demo', 'launch', 'rollout', 'rebrand', 'redesign', 'campaign', 'show', 'album', 'EP',
  'mix', 'set', 'exhibition', 'collection', 'study', 'report', 'research', 'survey', 'thesis', 'dissertation', 'tweet', 'comment', 'reel', 'portfolio', 'project',
];
/** Verbs the writer uses for a shared past ("we met", "we overlapped", "we both studied"). */
export const SHARED_PAST_VERBS = [
  'met', 'overlapped', 'worked', 'studied', 'attended', 'spoke', 'talked', 'chatted', 'sat', 'served', 'volunteered', 'played', 'trained', 'shared', 'went',
  'graduated', 'were', 'been', 'collaborated', 'connected', 'crossed paths', 'interned', 'competed', 'presented', 'ran', 'taught', 'took', 'grew up', 'lived',
];
/** What someone does when they pass the writer to someone else: "X suggested I reach out". */
/** Who someone is to a person the reader knows: "Kenji's roommate" names a mutual contact. */
export const TIES = ['friend', 'roommate', 'flatmate', 'colleague', 'coworker', 'co-worker', 'classmate', 'brother', 'sister', 'cousin', 'partner', 'teammate', 'neighbour', 'neighbor', 'mentor', 'mentee', 'student', 'intern', 'manager', 'old boss', 'former colleague', 'wife', 'husband', 'daughter', 'son'];
export const POINTED_VERBS = ['suggested', 'recommended', 'mentioned', 'said', 'told me', 'pointed me', 'referred me', 'sent me', 'introduced', 'encouraged me', 'thought'];

/**
 * Verbs of giving: after "I can / I'd be happy to / I will", one of these offers the reader
 * something. An open class in English; these are the common heads, and any verb followed
 * by "you" ("I can show you", "I could walk you through") counts as well.
 */
export const GIVING_VERBS = [
  'help', 'share', 'send', 'introduce', 'intro', 'plug', 'shout', 'gift', 'connect', 'offer', 'pass', 'buy', 'treat', 'cover', 'pay', 'review', 'give', 'put', 'promote', 'host', 'feature',
  'sponsor', 'volunteer', 'mentor', 'support', 'assist', 'contribute', 'lend', 'donate', 'bring', 'test', 'beta-test',
  'provide', 'forward', 'repay', 'reciprocate', 'amplify', 'boost', 'recommend', 'refer', 'teach', 'show', 'walk', 'set up', 'tag', 'spread',
  'hook', 'sign up', 'join', 'take on', 'take a look', 'proofread', 'translate', 'collect', 'compile', 'summarise', 'summarize', 'dig up', 'pull', 'signal-boost', 'shout out', 'vouch',
];

/** Favour verbs a polite imperative opens with ("Send me…", "Kindly forward…"). */
export const FAVOUR_VERBS = [
  'lmk', 'send', 'forward', 'share', 'refer', 'introduce', 'connect', 'tell', 'give', 'help', 'review', 'look', 'pass', 'put', 'let me know', 'reach out', 'call', 'email',
  'e-mail', 'ping', 'text', 'drop me', 'consider', 'recommend', 'advise', 'guide', 'suggest', 'check', 'read', 'revert', 'reply', 'respond', 'write', 'get back',
  'point me', 'hook me up', 'set up', 'schedule', 'book', 'accept', 'add me', 'mention', 'endorse', 'vouch', 'loop me', 'cc', 'walk me', 'show me', 'confirm', 'arrange',
];

/** People whose yes decides something: an introduction to one of them is a big favour. */
export const DECISION_MAKERS = [
  'hiring manager', 'hiring managers', 'hiring team', 'recruiter', 'recruiters', 'recruiting team', 'talent team', 'talent acquisition', 'hr', 'human resources',
  'head of', 'vp', 'vice president', 'director', 'directors', 'ceo', 'cto', 'cfo', 'coo', 'cmo', 'founder', 'founders', 'partner', 'partners', 'investor', 'investors',
  'vc', 'vcs', 'angel', 'angels', 'managing partner', 'art director', 'creative director', 'editor', 'editors', 'producer', 'publisher', 'agent', 'team lead',
  'hiring lead', 'boss', 'decision-maker', 'decision maker', 'decision makers', 'whoever is hiring', 'whoever hires', 'whoever handles', 'whoever makes', 'the right person',
  'gp', 'general partner', 'managing director', 'whoever runs', 'whoever leads', 'whoever manages', 'whoever does', 'whoever is in charge', 'a&r', 'a & r', 'booker', 'curator', 'someone who hires', 'somebody who hires', 'someone on the hiring', 'principal', 'dean', 'chair', 'professor', 'pi', 'superintendent', 'buyer', 'buyers', 'owner',
];

/** Thanks, however worded. */
export const THANKS_WORDS = [
  'thank you', 'thanks', 'thank u', 'ta very much', 'ta muchly', 'thx', 'ty', 'grateful', 'appreciate', 'appreciated', 'much obliged', 'cheers for', "you're a star", 'you’re a star', 'you are a star',
  'you rock', 'owe you one', 'i owe you', 'indebted', 'gratitude', 'means a lot', 'meant a lot', 'lifesaver', 'life saver', 'you’re the best', "you're the best",
];

/** Pleasantries that end in "?" but ask nothing. */
export const PLEASANTRIES = [
  'how are you', 'how are you doing', "how's it going", 'how’s it going', 'how have you been', 'how are things', 'how is everything', "how's everything", 'hope all is well',
  'how was your weekend', 'how are you keeping', "what's up", 'what’s up', 'right', 'you know', 'crazy right', 'make sense', 'does that make sense',
];
