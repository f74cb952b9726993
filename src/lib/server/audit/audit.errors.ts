/** Refusals of the audit record, with a stable code; both are programming errors, not user input. */
export type AuditErrorCode = 'audit_requires_transaction' | 'audit_invalid_event';

export class AuditError extends Error {
	readonly code: AuditErrorCode;
	constructor(code: AuditErrorCode, detail: string) {
		super(`${detail} (${code})`);
		this.name = 'AuditError';
		this.code = code;
	}
}
