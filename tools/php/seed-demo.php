<?php
/**
 * Seeds a believable demo helpdesk through Storedesk's own repositories:
 * two agents and a manager, three teams, fifteen tags, ~30 customers (some
 * reachable on several channels) and 60 conversations over the channels that
 * work on a fresh site, over the last three weeks, in every status, with replies, internal notes and
 * the events that assignments and status changes leave in a thread.
 *
 * Idempotent: once the option storedesk_demo_seeded is set it does nothing;
 * an interrupted run resumes (users, teams, tags and contacts are looked up
 * before they are created, and each demo ticket carries the post meta
 * _storedesk_demo with its key, so none is created twice).
 *
 * Usage: STOREDESK_SITE=.wp/dev php tools/php/seed-demo.php
 *
 * @package Storedesk
 */

require_once __DIR__ . '/load-wp.php';

use Storedesk\Contacts\ContactRepository;
use Storedesk\Install\Schema;
use Storedesk\Messages\MessageRepository;
use Storedesk\Plugin;
use Storedesk\Teams\TeamRepository;
use Storedesk\Tickets\Tags;
use Storedesk\Tickets\TicketPostType;
use Storedesk\Tickets\TicketRepository;

// Demo history is not news: no notification emails while it is written.
add_filter( 'storedesk_notification_email', '__return_false' );

/** Post meta that marks a demo ticket, holding its story key. */
const STOREDESK_DEMO_META = '_storedesk_demo';

/**
 * The agents, by short name => [login, display name, role].
 */
function storedesk_demo_staff(): array {
	return array(
		'ana' => array( 'agent.ana', 'Ana Ortiz', 'storedesk_agent' ),
		'ben' => array( 'agent.ben', 'Ben Okafor', 'storedesk_agent' ),
		'mia' => array( 'manager.mia', 'Mia Lindqvist', 'storedesk_manager' ),
	);
}

/**
 * Customers by key: name, email, phone, and extra channel identities.
 * Names cover several scripts and accents on purpose.
 */
function storedesk_demo_people(): array {
	$p = static fn( string $name, ?string $email, ?string $phone = null, array $ids = array(), string $notes = '' ) => compact( 'name', 'email', 'phone', 'ids', 'notes' );
	return array(
		'emma'    => $p( 'Emma Schulz', 'emma.schulz@example.de', '+49 151 23456789', array( 'whatsapp' => '+49 151 23456789' ), 'Prefers WhatsApp. Regular customer since 2023.' ),
		'liam'    => $p( 'Liam Walsh', 'liam.walsh@example.ie', null, array( 'email' => 'liam@walsh-design.example' ) ),
		'sofia'   => $p( 'Sofía García', 'sofia.garcia@example.es', '+34 612 345 678', array( 'messenger' => '6634912087345521' ) ),
		'noah'    => $p( 'Noah Dubois', 'noah.dubois@example.fr' ),
		'yuki'    => $p( '田中 由紀', 'yuki.tanaka@example.jp', '+81 90 1234 5678', array( 'line' => 'U4af4980629b6e7f1c3d2a8e5b9f0c1d2' ), 'Writes in English or Japanese.' ),
		'olivia'  => $p( 'Olivia Brown', null, '+44 7700 900123' ),
		'mateo'   => $p( 'Mateo Rossi', 'mateo.rossi@example.it' ),
		'chloe'   => $p( 'Chloé Martin', 'chloe.martin@example.fr', '+33 6 12 34 56 78', array( 'messenger' => '7120459833016672' ) ),
		'lucas'   => $p( 'Lucas Silva', 'lucas.silva@example.com.br', '+55 11 91234 5678', array( 'whatsapp' => '+55 11 91234 5678' ) ),
		'amara'   => $p( 'Amara Nwosu', 'amara.nwosu@example.ng' ),
		'jonas'   => $p( 'Jonas Berg', 'jonas.berg@example.se', '+46 70 123 45 67' ),
		'zoe'     => $p( 'Zoë Kowalski', 'zoe.kowalski@example.pl' ),
		'wei'     => $p( '王伟', 'wang.wei@example.cn', '+86 138 0013 8000', array( 'wechat' => 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' ) ),
		'aisha'   => $p( 'Aisha Khan', 'aisha.khan@example.pk' ),
		'ethan'   => $p( 'Ethan Miller', 'ethan.miller@example.com', '+1 415 555 0134' ),
		'isabela' => $p( 'Isabela Costa', 'isabela.costa@example.pt' ),
		'layla'   => $p( 'ليلى حداد', 'layla.haddad@example.lb', null, array( 'messenger' => '5528830146671903' ) ),
		'hannah'  => $p( 'Hannah Fischer', 'hannah.fischer@example.at', null, array(), 'Wholesale buyer for three cafés in Graz.' ),
		'priya'   => $p( 'Priya Sharma', 'priya.sharma@example.in', '+91 98765 43210', array( 'whatsapp' => '+91 98765 43210' ) ),
		'oscar'   => $p( 'Oscar Nilsen', 'oscar.nilsen@example.no' ),
		'lea'     => $p( 'Léa Bernard', 'lea.bernard@example.be' ),
		'dmitry'  => $p( 'Дмитрий Иванов', 'dmitry.ivanov@example.ru' ),
		'mia_j'   => $p( 'Mia Jensen', 'mia.jensen@example.dk' ),
		'tomas'   => $p( 'Tomáš Novák', 'tomas.novak@example.cz', '+420 601 123 456' ),
		'jiwoo'   => $p( '김지우', 'jiwoo.kim@example.kr', null, array( 'line' => 'U9c1e77d0a4b2f35e8d6c0b1a2f3e4d5c' ) ),
		'ahmet'   => $p( 'Ahmet Yılmaz', 'ahmet.yilmaz@example.com.tr', '+90 532 123 45 67', array( 'whatsapp' => '+90 532 123 45 67' ) ),
		'nikos'   => $p( 'Νίκος Παπαδόπουλος', 'nikos.papadopoulos@example.gr' ),
		'samuel'  => $p( 'Samuel Adeyemi', null, '+233 24 123 4567' ),
		'jack'    => $p( "Jack O'Brien", 'jack.obrien@example.com.au', '+61 412 345 678', array(), 'VIP: orders monthly for his shop in Perth.' ),
		'xiaoyu'  => $p( '李晓雨', 'xiaoyu.li@example.cn', null, array( 'wechat' => 'oUpF8uN3kQ7zR2vYx9LmPq4sT6wA' ) ),
		'prize'   => $p( 'Prize Department', 'winner-notice@lucky-draw.example' ),
		'seo'     => $p( 'Growth Team', 'hello@rank-first-seo.example' ),
	);
}

/**
 * The channel a demo conversation is stored on: only channels that work on
 * a fresh site (the form, email, logged calls), so the demo never shows a
 * WhatsApp conversation whose replies really leave by email. Chats become
 * form requests, messaging apps email (or a call, for a customer with no
 * address), SMS a call.
 *
 * @param string             $channel The story's channel.
 * @param \Storedesk\Contacts\Contact $person  Its customer.
 */
function storedesk_demo_channel( string $channel, $person ): string {
	if ( in_array( $channel, array( 'email', 'form', 'phone' ), true ) ) {
		return $channel;
	}
	if ( 'chat' === $channel ) {
		return 'form';
	}
	return 'sms' !== $channel && $person->email ? 'email' : 'phone';
}

/**
 * Conversations. Each story has two variants (subject and customer) unless it
 * names one; its thread is a list of [kind, text] steps with {product},
 * {order}, {first} (customer's first name) and {agent} (replying agent's first
 * name) filled in, and ['do', changes] steps that change the ticket at that
 * point of the conversation. Final status and assignee apply at the end.
 */
function storedesk_demo_stories(): array {
	return array(
		array(
			'subjects' => array( 'Where is my order #{order}?', 'Order #{order} still not delivered' ),
			'people'   => array( 'liam', 'mateo' ),
			'channel'  => 'email',
			'team'     => 'orders',
			'tags'     => array( 'Late delivery' ),
			'priority' => array( 'normal', 'high' ),
			'status'   => array( 'resolved', 'open' ),
			'assign'   => array( 'ana', 'you' ),
			'products' => array( 'linen duvet cover', 'walnut serving board' ),
			'thread'   => array(
				array( 'customer', 'Hi, I ordered the {product} a week ago (order #{order}) and the tracking has not moved since Monday. Can you check what is going on?' ),
				array( 'note', 'Carrier shows the parcel stuck at the Leipzig hub. Opened a trace with them, reference TR-88412.' ),
				array( 'reply', 'Hi {first}, thanks for your patience! Your parcel is held at the carrier hub; we have asked them to release it today and I will update you within 24 hours.' ),
				array( 'customer', 'Thanks, please let me know. I need it before the weekend.' ),
			),
		),
		array(
			'subjects' => array( 'Wrong size, can I exchange?', 'Exchange for a bigger size' ),
			'people'   => array( 'noah', 'zoe' ),
			'channel'  => 'form',
			'team'     => 'returns',
			'tags'     => array( 'Exchange', 'Sizing' ),
			'priority' => array( 'normal', 'normal' ),
			'status'   => array( 'closed', 'pending' ),
			'assign'   => array( 'ben', 'ben' ),
			'products' => array( 'leather ankle boots', 'merino wool jumper' ),
			'thread'   => array(
				array( 'customer', 'The {product} are lovely but one size too small. Can I swap them for the next size up?' ),
				array( 'reply', 'Of course, {first}! I have reserved the next size for you. Print the prepaid label from your account and we will ship the new pair as soon as the return is scanned.' ),
				array( 'customer', 'Done, dropped it at the post office this morning.' ),
				array( 'reply', 'Perfect, the carrier has scanned it. Your replacement ships today; you will get the tracking link by email.' ),
			),
		),
		array(
			'subjects' => array( 'Discount code not working', 'WINTER15 code rejected at checkout' ),
			'people'   => array( 'amara', 'oscar' ),
			'channel'  => 'chat',
			'team'     => 'products',
			'tags'     => array( 'Discount code' ),
			'priority' => array( 'normal', 'low' ),
			'status'   => array( 'resolved', 'resolved' ),
			'assign'   => array( 'ana', 'mia' ),
			'thread'   => array(
				array( 'customer', 'Hello? The code WINTER15 says it is invalid at checkout.' ),
				array( 'reply', 'Hi {first}, sorry about that! WINTER15 does not apply to items already on sale. I can take 10% off manually instead, would that help?' ),
				array( 'customer', 'Yes please!' ),
				array( 'reply', 'Done: your basket now shows the discount. Anything else I can help with?' ),
				array( 'customer', 'No that is all, thanks a lot' ),
			),
		),
		array(
			'subjects' => array( 'Item arrived damaged', 'Broken on arrival, need a refund' ),
			'people'   => array( 'hannah', 'jonas' ),
			'channel'  => 'email',
			'team'     => 'returns',
			'tags'     => array( 'Damaged', 'Refund' ),
			'priority' => array( 'high', 'high' ),
			'status'   => array( 'resolved', 'on-hold' ),
			'assign'   => array( 'ben', 'ben' ),
			'products' => array( 'ceramic vase', 'glass carafe set' ),
			'thread'   => array(
				array( 'customer', '<p>Hello,</p><p>The {product} from order #{order} arrived in pieces. Photos are attached. I would like a refund, please.</p>' ),
				array( 'note', 'Photos confirm the breakage. Packaging was a single layer of paper: flagged to the warehouse. @manager.mia FYI, third one this month.' ),
				array( 'reply', '<p>Hi {first},</p><p>I am so sorry! I have started a full refund; you do not need to send anything back. It will reach your card in 3 to 5 working days.</p><p>{agent}</p>' ),
			),
		),
		array(
			'subjects' => array( 'Call: change delivery address', 'Call: redirect parcel to work address' ),
			'people'   => array( 'jonas', 'tomas' ),
			'channel'  => 'phone',
			'team'     => 'orders',
			'tags'     => array( 'Address change' ),
			'priority' => array( 'high', 'normal' ),
			'status'   => array( 'resolved', 'pending' ),
			'assign'   => array( 'ana', 'ben' ),
			'thread'   => array(
				array( 'customer', 'Customer called: moving next week and wants order #{order} delivered to the new address instead. New address confirmed on the phone and read back.' ),
				array( 'note', 'Updated the shipping address in the order. Label not printed yet, so no carrier change needed.' ),
			),
		),
		array(
			'subjects' => array( 'Do you ship to Canada?', 'Shipping to the US?' ),
			'people'   => array( 'sofia', 'chloe' ),
			'channel'  => 'messenger',
			'team'     => 'products',
			'tags'     => array(),
			'priority' => array( 'low', 'low' ),
			'status'   => array( 'closed', 'resolved' ),
			'assign'   => array( 'mia', 'ana' ),
			'thread'   => array(
				array( 'customer', 'Hey! Do you ship there and how long does it take?' ),
				array( 'reply', 'Hi {first}! We do. Delivery takes 5 to 8 business days, and duties are paid at checkout so there is nothing to pay on arrival.' ),
				array( 'customer', 'Great, thanks 👍' ),
			),
		),
		array(
			'subjects' => array( 'Invoice with VAT number', 'Company invoice for order #{order}' ),
			'people'   => array( 'liam', 'lea' ),
			'channel'  => 'email',
			'team'     => 'orders',
			'tags'     => array( 'Invoice' ),
			'priority' => array( 'normal', 'normal' ),
			'status'   => array( 'open', 'resolved' ),
			'assign'   => array( null, 'ana' ),
			'thread'   => array(
				array( 'customer', '<p>Hi,</p><p>Could you reissue the invoice for order #{order} with our company name and VAT number BE0123456789?</p><p>Thanks</p>' ),
			),
		),
		array(
			'subjects' => array( 'Is the Nordic jacket waterproof?', 'Question about jacket sizing' ),
			'people'   => array( 'emma', 'lucas' ),
			'channel'  => 'whatsapp',
			'team'     => 'products',
			'tags'     => array(),
			'priority' => array( 'normal', 'normal' ),
			'status'   => array( 'resolved', 'open' ),
			'assign'   => array( 'ana', null ),
			'thread'   => array(
				array( 'customer', 'Hi, is the Nordic jacket fully waterproof or just water resistant? And does it run small?' ),
				array( 'reply', 'Hi {first}! It is fully waterproof (20,000 mm) with taped seams. It fits true to size; if you like layering, go one size up.' ),
				array( 'customer', 'Perfect, ordering now 🙂' ),
			),
		),
		array(
			'subjects' => array( 'Wholesale pricing for cafés', 'Bulk order for our hotel' ),
			'people'   => array( 'hannah', 'jack' ),
			'channel'  => 'form',
			'team'     => 'products',
			'tags'     => array( 'Wholesale', 'VIP' ),
			'priority' => array( 'high', 'high' ),
			'status'   => array( 'pending', 'on-hold' ),
			'assign'   => array( 'mia', 'mia' ),
			'cc'       => array( 'purchasing@example-cafes.test' ),
			'thread'   => array(
				array( 'customer', '<p>We would like to stock your stoneware mugs, around 200 a quarter. Do you offer wholesale pricing?</p>' ),
				array( 'note', 'Good lead. Checking the margin with finance before quoting. @agent.ana can you pull last year\'s volumes for similar accounts?' ),
				array( 'reply', '<p>Hi {first},</p><p>Thanks for thinking of us! For 200 units a quarter we can offer 35% off list price, delivery included. Shall I send a formal quote?</p>' ),
			),
		),
		array(
			'subjects' => array( 'Refund not received', 'Still waiting for my refund' ),
			'people'   => array( 'ethan', 'samuel' ),
			'channel'  => 'sms',
			'team'     => 'returns',
			'tags'     => array( 'Refund' ),
			'priority' => array( 'high', 'urgent' ),
			'status'   => array( 'resolved', 'open' ),
			'assign'   => array( 'ben', 'ben' ),
			'thread'   => array(
				array( 'customer', 'Returned the shirt 2 weeks ago, still no refund.' ),
				array( 'note', 'Return scanned at the warehouse on the 3rd but the refund was never triggered. Issued it manually now.' ),
				array( 'reply', 'Hi {first}, sorry for the wait. Your return arrived on the 3rd; I issued the refund today. It shows on your card within 3 to 5 days.' ),
				array( 'customer', 'ok thanks' ),
			),
		),
		array(
			'subjects' => array( 'Subscription renewal question', 'Skip a month of my subscription' ),
			'people'   => array( 'yuki', 'jiwoo' ),
			'channel'  => 'line',
			'team'     => 'orders',
			'tags'     => array( 'Subscription' ),
			'priority' => array( 'low', 'normal' ),
			'status'   => array( 'closed', 'pending' ),
			'assign'   => array( 'ana', 'ana' ),
			'thread'   => array(
				array( 'customer', 'When does my coffee subscription renew? Can I skip next month? I am travelling.' ),
				array( 'reply', 'Hi {first}! It renews on the 1st. I have skipped next month for you; the one after ships as usual. Have a good trip!' ),
			),
		),
		array(
			'subjects' => array( 'Gift wrapping for my order', 'Add a gift note please' ),
			'people'   => array( 'wei', 'xiaoyu' ),
			'channel'  => 'wechat',
			'team'     => 'orders',
			'tags'     => array( 'Gift' ),
			'priority' => array( 'normal', 'low' ),
			'status'   => array( 'open', 'resolved' ),
			'assign'   => array( null, 'ben' ),
			'thread'   => array(
				array( 'customer', '你好! Can you add gift wrapping and a card saying "生日快乐, love from Mum" to my order #{order}?' ),
			),
		),
		array(
			'subjects' => array( 'Checkout button does nothing', 'Cannot pay on my phone' ),
			'people'   => array( 'aisha', 'isabela' ),
			'channel'  => 'chat',
			'team'     => 'products',
			'tags'     => array( 'Bug' ),
			'priority' => array( 'urgent', 'high' ),
			'status'   => array( 'on-hold', 'open' ),
			'assign'   => array( 'mia', 'you' ),
			'thread'   => array(
				array( 'customer', 'The checkout button does nothing on my phone (iPhone, Safari).' ),
				array( 'reply', 'Thanks for telling us, {first}. Could you try once more with private browsing switched off?' ),
				array( 'customer', 'Same thing, nothing happens.' ),
				array( 'note', 'Reproduced on iOS 18 Safari: the payment iframe never loads. Passed to the web team, ticket WEB-231.' ),
			),
		),
		array(
			'subjects' => array( 'Great service, thank you!', 'Just a thank you' ),
			'people'   => array( 'mia_j', 'nikos' ),
			'channel'  => 'email',
			'team'     => null,
			'tags'     => array( 'Feedback' ),
			'priority' => array( 'low', 'low' ),
			'status'   => array( 'closed', 'closed' ),
			'assign'   => array( 'ben', 'ana' ),
			'thread'   => array(
				array( 'customer', '<p>Just wanted to say your team was super helpful with my exchange last week. Thanks!</p>' ),
				array( 'reply', '<p>That made our day, {first}. Thank you for letting us know!</p>' ),
			),
		),
		array(
			'subjects' => array( 'Received the wrong colour', 'Wrong item in my parcel' ),
			'people'   => array( 'olivia', 'priya' ),
			'channel'  => 'whatsapp',
			'team'     => 'returns',
			'tags'     => array( 'Wrong item', 'Exchange' ),
			'priority' => array( 'high', 'normal' ),
			'status'   => array( 'pending', 'resolved' ),
			'assign'   => array( 'ben', 'ben' ),
			'thread'   => array(
				array( 'customer', 'I ordered the sage green throw and got a grey one.' ),
				array( 'reply', 'Apologies for the mix-up, {first}! The green one ships today by express. You can keep the grey one or send it back, whichever you prefer.' ),
				array( 'customer', 'I will send the grey one back. Do I need a label?' ),
				array( 'reply', 'Yes, here is a prepaid label: I sent it by email a minute ago. Just drop the parcel at any post office.' ),
			),
		),
		array(
			'subjects' => array( 'Package marked delivered but not here', 'Parcel says delivered, nothing arrived' ),
			'people'   => array( 'dmitry', 'ethan' ),
			'channel'  => 'email',
			'team'     => 'orders',
			'tags'     => array( 'Late delivery' ),
			'priority' => array( 'high', 'normal' ),
			'status'   => array( 'open', 'on-hold' ),
			'assign'   => array( 'ana', 'ben' ),
			'thread'   => array(
				array( 'customer', '<p>Tracking says order #{order} was delivered yesterday at 14:02 but there is nothing at my door or with my neighbours.</p>' ),
				array( 'reply', '<p>Hi {first}, that is worrying, sorry! I have opened an investigation with the carrier. Could you check your mailbox and any safe place around the building in the meantime?</p>' ),
				array( 'customer', '<p>Checked everywhere, still nothing. This was a birthday present.</p>' ),
				array( 'do', array( 'priority' => 'urgent' ) ),
				array( 'note', 'Carrier GPS shows the drop 2 km away. If they do not find it by tomorrow we reship at our cost.' ),
			),
		),
		array(
			'subjects' => array( 'Can I change my order?', 'Add an item to order #{order}' ),
			'people'   => array( 'chloe', 'layla' ),
			'channel'  => 'messenger',
			'team'     => 'orders',
			'tags'     => array(),
			'priority' => array( 'normal', 'normal' ),
			'status'   => array( 'resolved', 'open' ),
			'assign'   => array( 'ana', null ),
			'thread'   => array(
				array( 'customer', 'Hi, I just ordered but forgot the matching pillowcases, can you add them to the same parcel?' ),
				array( 'reply', 'Hi {first}, done! I added them and sent you a payment link for the difference. Everything ships together tomorrow.' ),
				array( 'customer', 'Paid, merci!' ),
			),
		),
		array(
			'subjects' => array( 'Call: complaint about courier', 'Call: rude delivery driver' ),
			'people'   => array( 'olivia', 'samuel' ),
			'channel'  => 'phone',
			'team'     => 'orders',
			'tags'     => array( 'Feedback' ),
			'priority' => array( 'normal', 'high' ),
			'status'   => array( 'closed', 'on-hold' ),
			'assign'   => array( 'mia', 'mia' ),
			'thread'   => array(
				array( 'customer', 'Customer called, upset: the driver threw the parcel over the gate and it landed in a flower bed. Contents fine, but wants it on record.' ),
				array( 'note', 'Logged a complaint with the carrier (ref C-55120). Offered a 10% voucher, customer accepted.' ),
			),
		),
		array(
			'subjects' => array( 'Product restock date?', 'When is the oak shelf back in stock?' ),
			'people'   => array( 'zoe', 'nikos' ),
			'channel'  => 'form',
			'team'     => 'products',
			'tags'     => array(),
			'priority' => array( 'low', 'low' ),
			'status'   => array( 'resolved', 'pending' ),
			'assign'   => array( 'mia', 'ana' ),
			'thread'   => array(
				array( 'customer', '<p>The {product} has been out of stock for a month. Do you know when it is coming back?</p>' ),
				array( 'reply', '<p>Hi {first}, the next batch arrives in about two weeks. Would you like me to reserve one for you?</p>' ),
			),
			'products' => array( 'large oak wall shelf', 'oak wall shelf (80 cm)' ),
		),
		array(
			'subjects' => array( 'Charged twice for one order', 'Double payment on my card' ),
			'people'   => array( 'mateo', 'dmitry' ),
			'channel'  => 'email',
			'team'     => 'orders',
			'tags'     => array( 'Refund', 'Invoice' ),
			'priority' => array( 'urgent', 'urgent' ),
			'status'   => array( 'resolved', 'open' ),
			'assign'   => array( 'mia', null ),
			'thread'   => array(
				array( 'customer', '<p>My bank statement shows two payments of €89.90 for order #{order}. Please refund one of them.</p>' ),
				array( 'note', 'Payment provider shows one capture and one authorisation that will drop off in 7 days. No double charge.' ),
				array( 'reply', '<p>Hi {first},</p><p>I checked with our payment provider: only one payment was taken. The second line is a temporary hold from your bank that disappears within 7 days. Sorry for the worry!</p>' ),
			),
		),
		array(
			'subjects' => array( 'Return label not working', 'Cannot print the return label' ),
			'people'   => array( 'isabela', 'mia_j' ),
			'channel'  => 'chat',
			'team'     => 'returns',
			'tags'     => array( 'Bug', 'Exchange' ),
			'priority' => array( 'normal', 'normal' ),
			'status'   => array( 'closed', 'pending' ),
			'assign'   => array( 'ben', 'ben' ),
			'thread'   => array(
				array( 'customer', 'The link to print my return label shows an error page.' ),
				array( 'reply', 'Sorry about that {first}! Here is a fresh label, it is valid for 14 days.' ),
			),
		),
		array(
			'subjects' => array( 'Sizing advice for a gift', 'Which size for a 10 year old?' ),
			'people'   => array( 'priya', 'emma' ),
			'channel'  => 'whatsapp',
			'team'     => 'products',
			'tags'     => array( 'Sizing', 'Gift' ),
			'priority' => array( 'low', 'normal' ),
			'status'   => array( 'open', 'closed' ),
			'assign'   => array( null, 'ana' ),
			'thread'   => array(
				array( 'customer', 'Hi! I want to buy the rain boots as a gift for my nephew, he is 10 and usually wears EU 34. Which size should I take?' ),
			),
		),
		array(
			'subjects' => array( 'Order cancelled by mistake?', 'Why was my order cancelled?' ),
			'people'   => array( 'amara', 'jack' ),
			'channel'  => 'email',
			'team'     => 'products',
			'tags'     => array( 'VIP' ),
			'priority' => array( 'high', 'urgent' ),
			'status'   => array( 'pending', 'resolved' ),
			'assign'   => array( 'ana', 'mia' ),
			'thread'   => array(
				array( 'customer', '<p>I received an email saying order #{order} was cancelled, but I did not cancel anything!</p>' ),
				array( 'note', 'Fraud filter flagged the order (new card, different country). Card checks out fine.' ),
				array( 'do', array( 'team' => 'orders' ) ),
				array( 'reply', '<p>Hi {first}, our fraud check stopped the order by mistake, I am sorry. I have restored it with the same prices; could you confirm the delivery address is still right?</p>' ),
			),
		),
		array(
			'subjects' => array( 'Missing part in furniture kit', 'Screws missing from the bed frame' ),
			'people'   => array( 'ahmet', 'lucas' ),
			'channel'  => 'whatsapp',
			'team'     => 'returns',
			'tags'     => array( 'Damaged' ),
			'priority' => array( 'normal', 'high' ),
			'status'   => array( 'resolved', 'open' ),
			'assign'   => array( 'ben', 'you' ),
			'thread'   => array(
				array( 'customer', 'Merhaba, the bag of screws for part C is missing from the kit.' ),
				array( 'reply', 'Hi {first}, sorry! A new fitting bag goes out today by post, no charge.' ),
				array( 'customer', 'Arrived, bed is built. Thank you!' ),
			),
		),
		array(
			'subjects' => array( 'Question about care instructions', 'How do I wash the linen sheets?' ),
			'people'   => array( 'yuki', 'jiwoo' ),
			'channel'  => 'line',
			'team'     => 'products',
			'tags'     => array(),
			'priority' => array( 'low', 'low' ),
			'status'   => array( 'resolved', 'open' ),
			'assign'   => array( 'ana', null ),
			'thread'   => array(
				array( 'customer', 'How should I wash the linen sheets so they do not shrink?' ),
				array( 'reply', 'Hi {first}! Wash at 40°C on a gentle cycle and line dry or tumble dry low. They soften with every wash.' ),
			),
		),
		array(
			'subjects' => array( 'Delivery to a parcel locker?', 'Can I pick up in store?' ),
			'people'   => array( 'tomas', 'oscar' ),
			'channel'  => 'sms',
			'team'     => 'orders',
			'tags'     => array( 'Address change' ),
			'priority' => array( 'normal', 'normal' ),
			'status'   => array( 'closed', 'open' ),
			'assign'   => array( 'ben', null ),
			'thread'   => array(
				array( 'customer', 'Can you send my order to a parcel locker instead of my home?' ),
				array( 'reply', 'Yes {first}, send us the locker number and we will update the label before it ships.' ),
				array( 'customer', 'Locker 4417, thanks.' ),
			),
		),
		array(
			'subjects' => array( 'Price match request', 'Cheaper on another site' ),
			'people'   => array( 'noah', 'lea' ),
			'channel'  => 'chat',
			'team'     => 'products',
			'tags'     => array( 'Discount code' ),
			'priority' => array( 'low', 'normal' ),
			'status'   => array( 'closed', 'on-hold' ),
			'assign'   => array( 'mia', 'mia' ),
			'thread'   => array(
				array( 'customer', 'The same lamp is 15 euros cheaper on another shop. Do you price match?' ),
				array( 'reply', 'Hi {first}, we do match authorised retailers. Could you send me the link?' ),
				array( 'customer', 'Here it is, it is on their homepage.' ),
				array( 'note', 'That shop is not an authorised retailer; checking with the brand whether it is genuine stock.' ),
			),
		),
		array(
			'subjects' => array( 'Gift card balance', 'Gift card not accepted' ),
			'people'   => array( 'xiaoyu', 'wei' ),
			'channel'  => 'wechat',
			'team'     => 'orders',
			'tags'     => array( 'Gift' ),
			'priority' => array( 'normal', 'normal' ),
			'status'   => array( 'resolved', 'pending' ),
			'assign'   => array( 'ana', 'ben' ),
			'thread'   => array(
				array( 'customer', '请问 how can I check the balance of my gift card? The number starts with GC-7781.' ),
				array( 'reply', 'Hi {first}! Your card GC-7781… has €42.50 left. You can also see it under My Account › Gift cards.' ),
			),
		),
		array(
			'subjects' => array( 'Call: order for a corporate event', 'Call: 40 gift boxes for a client event' ),
			'people'   => array( 'ethan', 'jonas' ),
			'channel'  => 'phone',
			'team'     => 'products',
			'tags'     => array( 'Wholesale', 'Gift' ),
			'priority' => array( 'high', 'high' ),
			'status'   => array( 'pending', 'open' ),
			'assign'   => array( 'mia', 'ana' ),
			'thread'   => array(
				array( 'customer', 'Caller wants 40 branded gift boxes for a client event on the 15th. Asked for a quote with their logo on the card and delivery to the office.' ),
				array( 'note', 'Need the logo file and a billing address. Emailed them our quote template.' ),
			),
		),
		array(
			'subjects' => array( 'You have won a €500 gift card!!!' ),
			'people'   => array( 'prize' ),
			'channel'  => 'email',
			'team'     => null,
			'tags'     => array(),
			'priority' => array( 'low' ),
			'status'   => array( 'spam' ),
			'assign'   => array( null ),
			'thread'   => array(
				array( 'customer', '<p>CONGRATULATIONS!!! Your store has been selected. Click here to claim your €500 reward before midnight.</p>' ),
			),
		),
		array(
			'subjects' => array( 'Boost your store to #1 on Google' ),
			'people'   => array( 'seo' ),
			'channel'  => 'form',
			'team'     => null,
			'tags'     => array(),
			'priority' => array( 'low' ),
			'status'   => array( 'spam' ),
			'assign'   => array( null ),
			'thread'   => array(
				array( 'customer', '<p>Dear Sir/Madam, we guarantee first page ranking in 30 days. Reply for our price list.</p>' ),
			),
		),
	);
}

/**
 * Stops with a message when a repository refused something.
 *
 * @param mixed  $result Repository result.
 * @param string $what   What was being saved.
 * @return mixed The result when it is not an error.
 */
function storedesk_demo_check( $result, string $what ) {
	if ( is_wp_error( $result ) ) {
		fwrite( STDERR, "seed-demo: {$what}: " . $result->get_error_code() . ': ' . $result->get_error_message() . "\n" );
		exit( 1 );
	}
	return $result;
}

/**
 * The repositories record the events of a change, and the resolution time,
 * at the current time. A demo built in one go would show every assignment
 * and resolution as "just now", after conversations that ended weeks ago,
 * so the entries this script just wrote are moved to the moment the story
 * says they happened.
 *
 * @param int    $ticket_id  Ticket.
 * @param int    $after_id   Newest message id before the change.
 * @param string $time       UTC time the change happened.
 */
function storedesk_demo_backdate( int $ticket_id, int $after_id, string $time ): void {
	global $wpdb;
	$wpdb->query( $wpdb->prepare( 'UPDATE ' . Schema::table( 'messages' ) . " SET created_at = %s WHERE ticket_id = %d AND id > %d AND kind = 'event'", $time, $ticket_id, $after_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
	$wpdb->query( $wpdb->prepare( 'UPDATE ' . Schema::table( 'ticket_index' ) . ' SET updated_at = %s, resolved_at = CASE WHEN resolved_at IS NULL THEN NULL ELSE %s END WHERE ticket_id = %d', $time, $time, $ticket_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
}

/**
 * Newest message id of a ticket, 0 when none.
 *
 * @param int $ticket_id Ticket.
 */
function storedesk_demo_last_message( int $ticket_id ): int {
	global $wpdb;
	return (int) $wpdb->get_var( $wpdb->prepare( 'SELECT MAX(id) FROM ' . Schema::table( 'messages' ) . ' WHERE ticket_id = %d', $ticket_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
}

/** Seeds everything; returns the summary line. */
function storedesk_seed_demo(): string {
	global $wpdb;
	$c        = Plugin::container();
	$tickets  = $c->get( TicketRepository::class );
	$messages = $c->get( MessageRepository::class );
	$contacts = $c->get( ContactRepository::class );
	$teams    = $c->get( TeamRepository::class );
	$tag_repo = $c->get( Tags::class );
	mt_srand( 20261122 );

	// Staff: the demo's agents, and the administrator who runs npm start, so
	// their first look at the inbox has conversations of their own.
	$staff = array();
	$admin = get_users(
		array(
			'role'    => 'administrator',
			'orderby' => 'ID',
			'number'  => 1,
			'fields'  => 'ID',
		)
	);
	if ( $admin ) {
		$staff['you'] = (int) $admin[0];
	}
	foreach ( storedesk_demo_staff() as $key => list( $login, $name, $role ) ) {
		$id = username_exists( $login );
		if ( ! $id ) {
			list( $first, $last ) = explode( ' ', $name, 2 );
			$id                   = storedesk_demo_check(
				wp_insert_user(
					array(
						'user_login'   => $login,
						'user_pass'    => 'password',
						'user_email'   => $login . '@demo-store.test',
						'display_name' => $name,
						'first_name'   => $first,
						'last_name'    => $last,
						'role'         => $role,
					)
				),
				"user {$login}"
			);
		}
		$staff[ $key ] = (int) $id;
	}

	// Teams, found by name so a resumed run does not duplicate them.
	$team_ids = array();
	$existing = array_column( $teams->all(), 'id', 'name' );
	$defs     = array(
		'orders'   => array( 'Orders & shipping', 'Where is my order, delivery problems, address changes, invoices.', array( 'ana', 'ben' ) ),
		'returns'  => array( 'Returns', 'Returns, exchanges, refunds and damaged goods.', array( 'ben', 'mia' ) ),
		'products' => array( 'Product questions', 'Sizing, materials, stock, wholesale and pre-sales questions.', array( 'ana', 'mia' ) ),
	);
	foreach ( $defs as $key => list( $name, $description, $members ) ) {
		$team             = storedesk_demo_check(
			$teams->save(
				array(
					'name'        => $name,
					'description' => $description,
					'members'     => array_map( static fn( $m ) => $staff[ $m ], $members ),
				),
				(int) ( $existing[ $name ] ?? 0 )
			),
			"team {$name}"
		);
		$team_ids[ $key ] = (int) $team['id'];
	}

	// Tags.
	$tag_names = array( 'Refund', 'Exchange', 'Late delivery', 'Damaged', 'Wrong item', 'Sizing', 'Discount code', 'Invoice', 'Wholesale', 'VIP', 'Feedback', 'Bug', 'Gift', 'Subscription', 'Address change' );
	$tag_slugs = array();
	foreach ( $tag_names as $name ) {
		$tag_slugs[ $name ] = storedesk_demo_check( $tag_repo->create( $name ), "tag {$name}" )['slug'];
	}

	// Customers with every identity they write from.
	$people = array();
	foreach ( storedesk_demo_people() as $key => $p ) {
		$contact = null;
		foreach ( array( 'email', 'phone' ) as $channel ) {
			$contact = $contact ?? ( $p[ $channel ] ? $contacts->find_by_identity( $channel, $p[ $channel ] ) : null );
		}
		$contact = $contact ?? storedesk_demo_check(
			$contacts->create( array_filter( array( 'name' => $p['name'], 'email' => $p['email'], 'phone' => $p['phone'], 'notes' => $p['notes'] ) ) ),
			"contact {$p['name']}"
		);
		foreach ( $p['ids'] as $channel => $value ) {
			storedesk_demo_check( $contacts->add_identity( $contact->id, $channel, $value ), "identity {$channel} of {$p['name']}" );
		}
		$people[ $key ] = $contact;
	}

	// Tickets: one per story variant, oldest first by status so closed
	// conversations sit weeks back and open ones arrived recently.
	$rank      = array(
		'closed'   => 0,
		'spam'     => 1,
		'resolved' => 1,
		'on-hold'  => 2,
		'pending'  => 3,
		'open'     => 4,
	);
	$instances = array();
	foreach ( storedesk_demo_stories() as $s => $story ) {
		foreach ( $story['subjects'] as $v => $subject ) {
			$instances[] = array(
				'key'   => "story-{$s}-{$v}",
				'story' => $story,
				'v'     => $v,
				'sort'  => $rank[ $story['status'][ $v ] ] * 10 + mt_rand( 0, 25 ),
				'order' => 1000 + 37 * count( $instances ) + $v,
			);
		}
	}
	usort( $instances, static fn( $a, $b ) => $a['sort'] <=> $b['sort'] ?: strcmp( $a['key'], $b['key'] ) );
	$done       = array_flip(
		$wpdb->get_col( $wpdb->prepare( "SELECT meta_value FROM {$wpdb->postmeta} WHERE meta_key = %s", STOREDESK_DEMO_META ) )
	);
	$now        = time();
	$span       = 21 * DAY_IN_SECONDS;
	$created    = 0;
	$by_status  = array();
	$staff_name = static fn( int $id ) => strtok( (string) get_the_author_meta( 'display_name', $id ), ' ' );
	foreach ( $instances as $n => $inst ) {
		$story  = $inst['story'];
		$v      = $inst['v'];
		$status = $story['status'][ $v ];
		if ( isset( $done[ $inst['key'] ] ) ) {
			continue;
		}
		// An open ticket waits for an agent and a pending one for the customer,
		// so their threads stop at the last message of the other side.
		$waits_on = array(
			'open'    => 'customer',
			'pending' => 'reply',
		)[ $status ] ?? null;
		while ( $waits_on && count( $story['thread'] ) > 1 && ! in_array( end( $story['thread'] )[0], array( $waits_on, 'note', 'do' ), true ) ) {
			array_pop( $story['thread'] );
		}
		$person   = $people[ $story['people'][ $v ] ];
		$assignee = $story['assign'][ $v ] ? ( $staff[ $story['assign'][ $v ] ] ?? 0 ) : 0;
		$channel  = storedesk_demo_channel( $story['channel'], $person );
		// Whoever answers: the assignee, else the team's first member, else Ben.
		$author = $assignee ? $assignee : $staff['ben'];
		$fill   = static fn( string $text ) => strtr(
			$text,
			array(
				'{product}' => $story['products'][ $v ] ?? 'item',
				'{order}'   => (string) $inst['order'],
				'{first}'   => strtok( $person->display_name(), ' ' ),
				'{agent}'   => $staff_name( $author ),
			)
		);
		$format = in_array( $channel, array( 'email', 'form' ), true ) ? 'html' : 'text';
		$body   = static fn( string $text ) => 'html' === $format && ! str_starts_with( $text, '<' ) ? '<p>' . esc_html( $text ) . '</p>' : $text;

		// Times: spread over three weeks, each step later than the one before, all in the past.
		$start = $now - $span + (int) ( ( $n + 0.5 ) * $span / count( $instances ) ) + mt_rand( -3600, 3600 );
		$gaps  = array();
		foreach ( array_slice( $story['thread'], 1 ) as $step ) {
			$gaps[] = 'customer' === $step[0] ? mt_rand( 40, 900 ) : mt_rand( 8, 240 );
		}
		$room  = max( 600, $now - 900 - $start );
		$scale = min( 1, $room / max( 1, 60 * ( array_sum( $gaps ) + 30 ) ) );
		$at    = static fn( int $t ) => gmdate( 'Y-m-d H:i:s', $t );

		$ticket = storedesk_demo_check(
			$tickets->create(
				array(
					'subject'    => $fill( $story['subjects'][ $v ] ),
					'channel'    => $channel,
					'priority'   => $story['priority'][ $v ],
					'team'       => $story['team'] ? $team_ids[ $story['team'] ] : 0,
					'tags'       => array_map( static fn( $t ) => $tag_slugs[ $t ], $story['tags'] ),
					'contact_id' => $person->id,
					'cc'         => $story['cc'] ?? array(),
					'message'    => array(
						'body'        => $body( $fill( $story['thread'][0][1] ) ),
						'format'      => $format,
						'external_id' => 'email' === $channel ? "<demo-{$inst['key']}-0@mail.example>" : null,
					),
					'created_at' => gmdate( 'c', $start ),
				),
				'phone' === $channel ? $author : 0
			),
			"ticket {$inst['key']}"
		);
		$id = $ticket->id();
		update_post_meta( $id, STOREDESK_DEMO_META, $inst['key'] );
		$time = $start;

		// Someone picks the ticket up a few minutes after it arrives.
		$change = static function ( array $fields, int $actor, int $when ) use ( $tickets, $id, $at ) {
			$before = storedesk_demo_last_message( $id );
			storedesk_demo_check( $tickets->update( $id, $fields, $actor ), "change of ticket {$id}" );
			storedesk_demo_backdate( $id, $before, $at( $when ) );
		};
		if ( $assignee ) {
			$time += (int) ( mt_rand( 3, 30 ) * 60 * $scale );
			$actor = 0 === $n % 3 ? $staff['mia'] : $assignee;
			$change( array( 'assignee' => $assignee ), $actor, $time );
		}
		foreach ( array_slice( $story['thread'], 1 ) as $i => $step ) {
			$time += (int) ( $gaps[ $i ] * 60 * $scale );
			if ( 'do' === $step[0] ) {
				$fields = $step[1];
				if ( isset( $fields['team'] ) ) {
					$fields['team'] = $team_ids[ $fields['team'] ];
				}
				$change( $fields, $author, $time );
				continue;
			}
			$customer = 'customer' === $step[0];
			storedesk_demo_check(
				$messages->add(
					$id,
					array(
						'kind'        => $step[0],
						'body'        => $body( $fill( $step[1] ) ),
						'format'      => $format,
						'channel'     => $channel,
						'author_id'   => $customer ? 0 : $author,
						'contact_id'  => $customer ? $person->id : 0,
						'external_id' => $customer && 'email' === $channel ? "<demo-{$inst['key']}-{$i}@mail.example>" : null,
						'created_at'  => $at( $time ),
					)
				),
				"message of ticket {$id}"
			);
		}

		// The final state: status, and whether an agent has read the last message.
		$last_kind = end( $story['thread'] )[0];
		$final     = array();
		if ( 'open' !== $status ) {
			$final['status'] = $status;
		}
		if ( 'customer' !== $last_kind || 'open' !== $status || 0 === $n % 2 ) {
			$final['unread'] = false;
		}
		if ( $final ) {
			$time += (int) ( mt_rand( 5, 90 ) * 60 * $scale );
			$change( $final, 'spam' === $status ? $staff['mia'] : $author, min( $time, $now - 60 ) );
		}
		++$created;
		$by_status[ $status ] = ( $by_status[ $status ] ?? 0 ) + 1;
	}

	update_option( 'storedesk_demo_seeded', gmdate( 'c' ), false );
	$total = (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->postmeta} WHERE meta_key = %s", STOREDESK_DEMO_META ) );
	ksort( $by_status );
	$counts = implode( ', ', array_map( static fn( $k, $v ) => "{$v} {$k}", array_keys( $by_status ), $by_status ) );
	return sprintf(
		'Demo seeded: %d tickets (%s), %d contacts, %d tags, %d teams; log in as agent.ana, agent.ben or manager.mia with password "password".',
		$total,
		$counts ? $counts : 'resumed, nothing new',
		count( $people ),
		count( $tag_slugs ),
		count( $team_ids )
	);
}

// seed-store.php loads this file for its people and helpers only.
if ( __FILE__ !== get_included_files()[0] ) {
	return;
}
$storedesk_seeded = get_option( 'storedesk_demo_seeded' );
if ( $storedesk_seeded ) {
	echo "Demo data already present (seeded {$storedesk_seeded}); nothing to do.\n";
	return;
}
if ( ! post_type_exists( TicketPostType::POST_TYPE ) ) {
	fwrite( STDERR, "seed-demo: Storedesk is not active on this site.\n" );
	exit( 1 );
}
echo storedesk_seed_demo() . "\n"; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- CLI.
