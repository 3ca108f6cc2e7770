/**
 * Previous/next buttons under a paged list; nothing when there is one page.
 */
import { Button } from '@wordpress/components';

type Props = {
	page: number;
	totalPages: number;
	onChange: ( page: number ) => void;
	previousLabel: string;
	nextLabel: string;
};

export function Pager( {
	page,
	totalPages,
	onChange,
	previousLabel,
	nextLabel,
}: Props ) {
	if ( totalPages <= 1 ) {
		return null;
	}
	return (
		<div className="storedesk-pager">
			<Button
				variant="secondary"
				disabled={ page <= 1 }
				accessibleWhenDisabled
				onClick={ () => onChange( page - 1 ) }
			>
				{ previousLabel }
			</Button>
			<Button
				variant="secondary"
				disabled={ page >= totalPages }
				accessibleWhenDisabled
				onClick={ () => onChange( page + 1 ) }
			>
				{ nextLabel }
			</Button>
		</div>
	);
}
