/**
 * What PHP prints for the loader (Storedesk\Storefront\Assets) and what the
 * shopper API (storedesk/store/v1) answers; mirrors the PHP schemas.
 */
export type WidgetConfig = {
	position: 'left' | 'right';
	color: string;
	label: string;
	/** The product or order the page is about (PageContext); the panel opens on its articles. */
	help?: HelpContext | null;
};

/** An order is asked about with its key by a guest who placed it. */
export type HelpContext = { product?: number; order?: number; key?: string };

/** GET /help/search and GET /help/articles?product=|order= results. */
export type HelpResult = {
	id: number;
	title: string;
	excerpt: string;
	url: string;
};

/** GET /help/articles/{id}: content is HTML the server limited to what posts may hold. */
export type HelpArticle = {
	id: number;
	title: string;
	content: string;
	url: string;
};

/** Where a help event happened (POST /help/events). */
export type HelpSource = 'widget' | 'form' | 'help';

export type StoreConfig = {
	publicPath: string;
	api: string;
	nonce: string;
	css: string;
	portal: string;
	loggedIn: boolean;
	widget: WidgetConfig | null;
};

export type FieldOption = { value: string; label: string };

/** What a file input accepts (ShopperUploads::limits()). */
export type UploadLimits = {
	max_files: number;
	max_bytes: number;
	max_total_bytes: number;
	extensions: string[];
	accept: string;
	help: string;
};

export type StoreAttachment = {
	id: number;
	name: string;
	mime: string;
	size: number;
	/** Signed download URL; works without login for an hour. */
	url: string;
};

export type FormField = {
	name: string;
	label: string;
	type: 'text' | 'email' | 'textarea' | 'select' | 'checkbox' | 'file';
	required: boolean;
	max_length?: number;
	autocomplete?: string;
	value: string;
	hidden: boolean;
	options?: FieldOption[];
	upload?: UploadLimits;
	/** A hint under the control. */
	help?: string;
	/**
	 * The options belong to the visitor (a customer's orders): they come only
	 * from GET /form asked as that visitor; a page prints the control empty.
	 */
	private?: boolean;
};

export type FormDescription = {
	fields: FormField[];
	stamp: string;
	honeypot: string;
	logged_in: boolean;
};

export type StoreMessage = {
	id: number;
	author: { type: 'customer' | 'agent'; name: string };
	body: string;
	attachments?: StoreAttachment[];
	created_at: string;
};

export type StoreTicket = {
	id: number;
	subject: string;
	status: string;
	status_label: string;
	channel: string;
	excerpt: string;
	created_at: string;
	last_activity_at: string;
	can_close: boolean;
	can_reopen: boolean;
	messages?: StoreMessage[];
	upload?: UploadLimits | null;
};

export type ApiError = {
	code: string;
	message: string;
	data?: {
		status?: number;
		fields?: Record< string, string >;
		params?: Record< string, string >;
	};
};

declare global {
	interface Window {
		storedeskStore?: StoreConfig;
	}
}
