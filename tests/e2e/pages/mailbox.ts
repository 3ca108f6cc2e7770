/**
 * The mail the site sent, as the SMTP sink of `npm test` stored it
 * (tools/lib/smtp-sink.mjs writes one JSON file per message into
 * STOREDESK_E2E_MAILBOX).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Mail = {
	file: string;
	receivedAt: string;
	envelope: { from: string; to: string[] };
	messageId: string | null;
	inReplyTo: string | null;
	references: string[];
	subject: string;
	from: string;
	to: string[];
	/** Lower-case header name → every value, unfolded. */
	headers: Record< string, string[] >;
	text: string;
	html: string;
	/** Attached files, their bytes in base64. */
	attachments: Array< {
		filename: string;
		contentType: string;
		size: number;
		base64: string;
	} >;
	raw: string;
};

export type MailQuery = {
	to: string;
	subject?: string | RegExp;
};

function mailbox(): string {
	const dir = process.env.STOREDESK_E2E_MAILBOX;
	if ( ! dir ) {
		throw new Error(
			'STOREDESK_E2E_MAILBOX is not set: run the specs through `npm test -- --suite e2e`, which starts the SMTP sink.'
		);
	}
	return dir;
}

function matches( mail: Mail, { to, subject }: MailQuery ): boolean {
	const recipients = [ ...mail.to, ...mail.envelope.to ].map( ( a ) =>
		a.toLowerCase()
	);
	if ( ! recipients.includes( to.toLowerCase() ) ) {
		return false;
	}
	if ( subject === undefined ) {
		return true;
	}
	return typeof subject === 'string'
		? mail.subject.includes( subject )
		: subject.test( mail.subject );
}

/**
 * Every message received so far that matches, oldest first.
 * @param query
 */
export function findMail( query: MailQuery ): Mail[] {
	const dir = mailbox();
	return readdirSync( dir )
		.filter( ( f ) => f.endsWith( '.json' ) )
		.sort()
		.map(
			( f ) =>
				( {
					...JSON.parse( readFileSync( join( dir, f ), 'utf8' ) ),
					file: f,
				} ) as Mail
		)
		.filter( ( m ) => matches( m, query ) );
}

/**
 * The first message that matches, waiting for it to arrive.
 * @param query
 * @param root0
 * @param root0.timeout
 */
export async function waitForMail(
	query: MailQuery,
	{ timeout = 30_000 }: { timeout?: number } = {}
): Promise< Mail > {
	const deadline = Date.now() + timeout;
	for (;;) {
		const found = findMail( query );
		if ( found.length ) {
			return found[ 0 ];
		}
		if ( Date.now() > deadline ) {
			const seen = readdirSync( mailbox() ).filter( ( f ) =>
				f.endsWith( '.json' )
			).length;
			throw new Error(
				`No mail to ${ query.to }${
					query.subject ? ` with subject ${ query.subject }` : ''
				} arrived (the sink holds ${ seen } messages).`
			);
		}
		await new Promise( ( resolve ) => setTimeout( resolve, 200 ) );
	}
}

/**
 * One header's first value, or undefined.
 * @param mail
 * @param name
 */
export function header( mail: Mail, name: string ): string | undefined {
	return mail.headers[ name.toLowerCase() ]?.[ 0 ];
}
