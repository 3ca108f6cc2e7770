/**
 * Support mailboxes as GET /storedesk/v1/mailboxes gives them, the form's
 * draft of one, and the body POST/PUT /mailboxes and POST /mailboxes/test
 * take. Passwords go in and never come out: a mailbox says only whether
 * its password is set.
 */
import { __ } from '@wordpress/i18n';

export type Security = 'ssl' | 'starttls' | 'none';
export type Auth = 'login' | 'plain' | 'xoauth2';
export type After = 'seen' | 'move';

export type ImapSettings = {
	host: string;
	port: number;
	security: Security;
	/** Check the server's certificate. */
	verify: boolean;
	auth: Auth;
	username: string;
	/** The folder read. */
	folder: string;
	/** What happens to a message once it is a conversation. */
	after: After;
	/** The folder messages are moved to, when after is move. */
	processed: string;
	/** Most messages one run takes. */
	batch: number;
	/** Seconds to connect and for each answer. */
	timeout: number;
};

export type LastFetch = {
	fetched_at: string | null;
	/** Messages taken by the last fetch. */
	count: number;
	/** Messages taken ever. */
	total: number;
	/** Messages still waiting after the last fetch. */
	waiting: number;
	error: string | null;
	error_at: string | null;
	/** The last message left in the mailbox, and why. */
	note: string | null;
	note_at: string | null;
};

export type Mailbox = {
	/** mb_ and 8 hex digits. */
	id: string;
	address: string;
	/** Sender name on replies ('' = the site's name). */
	name: string;
	/** Replies go to address+token@. */
	reply_tokens: boolean;
	imap: ImapSettings | null;
	password_set: boolean;
	/** Whether it has a pipe key of its own. */
	inbound_key?: boolean;
	last_fetch: LastFetch;
};

export type MailboxBody = {
	address: string;
	name: string;
	reply_tokens: boolean;
	imap: ImapSettings | null;
	password?: string;
};

/** What the form holds: numbers as typed, the IMAP fields kept while off. */
export type Draft = Omit< MailboxBody, 'imap' | 'password' > & {
	imapOn: boolean;
	imap: Omit< ImapSettings, 'port' | 'batch' > & {
		port: string;
		batch: string;
	};
	password: string;
	/** Whether the port was chosen, not derived from the security. */
	portChosen: boolean;
};

/** Fields whose refusal (storedesk_mailbox_<field>) is said beside them. */
export const FIELDS = [
	'address',
	'host',
	'port',
	'security',
	'auth',
	'username',
	'after',
	'processed',
] as const;
export type Field = ( typeof FIELDS )[ number ];

export type ApiError = { code?: string; message?: string };

export const messageOf = ( e: unknown, fallback: string ): string =>
	( e as ApiError | null )?.message || fallback;

/**
 * The field a refusal is about, if it is one of the form's.
 *
 * @param e What the API threw.
 */
export function fieldOf( e: unknown ): Field | undefined {
	const code = ( e as ApiError | null )?.code ?? '';
	return FIELDS.find( ( f ) => code === `storedesk_mailbox_${ f }` );
}

/**
 * The usual port for a security.
 *
 * @param security SSL/TLS (implicit), STARTTLS or none.
 */
export const portFor = ( security: Security ): number =>
	security === 'ssl' ? 993 : 143;

export const securityLabel = ( security: Security ): string =>
	( {
		ssl: __( 'SSL/TLS', 'storedesk' ),
		starttls: __( 'STARTTLS', 'storedesk' ),
		none: __( 'no encryption', 'storedesk' ),
	} )[ security ];

/**
 * The draft of a saved mailbox, or of a new one (IMAP on, SSL/TLS).
 *
 * @param mailbox The saved mailbox, if any.
 */
export function toDraft( mailbox?: Mailbox ): Draft {
	const imap = mailbox?.imap;
	return {
		address: mailbox?.address ?? '',
		name: mailbox?.name ?? '',
		reply_tokens: mailbox?.reply_tokens ?? true,
		imapOn: mailbox ? Boolean( imap ) : true,
		imap: {
			host: imap?.host ?? '',
			port: String( imap?.port ?? 993 ),
			security: imap?.security ?? 'ssl',
			verify: imap?.verify ?? true,
			auth: imap?.auth ?? 'login',
			username: imap?.username ?? '',
			folder: imap?.folder ?? 'INBOX',
			after: imap?.after ?? 'seen',
			processed: imap?.processed ?? '',
			batch: String( imap?.batch ?? 50 ),
			timeout: imap?.timeout ?? 30,
		},
		password: '',
		portChosen: imap ? imap.port !== portFor( imap.security ) : false,
	};
}

/**
 * What is sent: the IMAP settings only when on, the password only when typed.
 *
 * @param draft The form.
 */
export function toBody( draft: Draft ): MailboxBody {
	const { imap } = draft;
	const body: MailboxBody = {
		address: draft.address.trim(),
		name: draft.name.trim(),
		reply_tokens: draft.reply_tokens,
		imap: draft.imapOn
			? {
					...imap,
					host: imap.host.trim(),
					port: Number( imap.port ),
					username: imap.username.trim(),
					folder: imap.folder.trim() || 'INBOX',
					processed: imap.processed.trim(),
					batch: Number( imap.batch ),
				}
			: null,
	};
	if ( draft.imapOn && draft.password !== '' ) {
		body.password = draft.password;
	}
	return body;
}
