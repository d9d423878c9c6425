/**
 * Small built-in word lists, so generated payloads read like real bookkeeping data without a faker dependency.
 *
 * @internal
 */

/** @internal */
export const firstNames = [
  "Abigail",
  "Ada",
  "Ahmed",
  "Amara",
  "Ben",
  "Carmen",
  "Chen",
  "Daniel",
  "Elena",
  "Farah",
  "Grace",
  "Hiro",
  "Ines",
  "Jamal",
  "Julia",
  "Kofi",
  "Lena",
  "Lucas",
  "Maya",
  "Mateo",
  "Nina",
  "Omar",
  "Priya",
  "Rosa",
  "Sam",
  "Sofia",
  "Tariq",
  "Vera",
  "Wei",
  "Zoe"
] as const

/** @internal */
export const lastNames = [
  "Adams",
  "Baker",
  "Castillo",
  "Dubois",
  "Evans",
  "Fischer",
  "Garcia",
  "Haddad",
  "Ivanova",
  "Johnson",
  "Kim",
  "Lopez",
  "Martin",
  "Nakamura",
  "Okafor",
  "Patel",
  "Quinn",
  "Rossi",
  "Schmidt",
  "Tanaka",
  "Usman",
  "Varga",
  "Walker",
  "Xu",
  "Young",
  "Zhang"
] as const

/** @internal */
export const companyStems = [
  "Acme",
  "Bluebird",
  "Cedar",
  "Driftwood",
  "Evergreen",
  "Foxglove",
  "Granite",
  "Harbor",
  "Ironwood",
  "Juniper",
  "Keystone",
  "Lighthouse",
  "Maple",
  "Northwind",
  "Oakridge",
  "Pinecrest",
  "Quarry",
  "Riverbend",
  "Summit",
  "Tidewater"
] as const

/** @internal */
export const companySuffixes = [
  "Design",
  "Dental",
  "Labs",
  "Legal",
  "Studio",
  "Consulting",
  "Bakery",
  "Builders"
] as const

/** @internal */
export const taskDescriptions = [
  "Development work",
  "Client meeting",
  "Design review",
  "Bookkeeping",
  "Site visit",
  "Project planning",
  "Code review",
  "Consultation",
  "Research",
  "Training"
] as const

/** @internal */
export const activities = [
  "Worked on",
  "Reviewed",
  "Drafted",
  "Prepared",
  "Updated",
  "Fixed",
  "Planned",
  "Discussed",
  "Tested",
  "Reconciled"
] as const

/** @internal */
export const subjects = [
  "the feature implementation",
  "the quarterly report",
  "the onboarding flow",
  "the invoice template",
  "the kitchen remodel plans",
  "the tax estimate",
  "the marketing site",
  "the client contract",
  "the payroll setup",
  "the mobile app release"
] as const

/** @internal */
export const noteSnippets = [
  "Additional context about the work",
  "Follow-up call scheduled for next week",
  "Waiting on client feedback",
  "Billed at the standard rate",
  "Includes travel time",
  "Second pass after review comments",
  "Pairing session with the client's team",
  "Blocked for an hour by access issues"
] as const

/** @internal */
export const invoiceNames = [
  "Monthly retainer",
  "Website redesign",
  "Consulting hours",
  "Q1 bookkeeping",
  "Kitchen remodel deposit",
  "Brand workshop",
  "Support plan"
] as const

/** @internal */
export const segmentLevels = [
  { label: "Region", names: ["Mid-Atlantic", "Northeast", "Midwest", "Pacific Northwest", "Southwest"] },
  { label: "Location", names: ["Washington DC", "Baltimore", "Boston", "Chicago", "Seattle", "Phoenix"] },
  { label: "Department", names: ["Engineering", "Sales", "Operations", "Design", "Support"] },
  { label: "Project", names: ["Website", "Mobile app", "Rebrand", "Migration", "Audit"] }
] as const

/** @internal */
export const errorMessages = {
  UNKNOWN_ERROR: ["An unknown error occurred"],
  EXPIRED_TOKEN: ["The access token has expired"],
  INVALID_TOKEN: ["The access token is invalid"],
  BAD_REQUEST: ["The request could not be processed"],
  JSON_ERROR: ["The request body is not valid JSON"],
  DUPLICATE: ["A time entry with this id already exists"],
  REQUIRED: ["This field is required"],
  INVALID_VALUE: ["The value is not allowed"],
  NOT_MODIFIABLE: ["This time entry is on a sent invoice and cannot be modified"],
  INVALID_FORMAT: ["The value is not in the expected format"]
} as const

/** @internal */
export const errorParams: Readonly<Record<string, ReadonlyArray<string>>> = {
  REQUIRED: ["date", "duration"],
  INVALID_VALUE: ["customerId", "employeeId", "taskId", "classSegmentIds", "status"],
  INVALID_FORMAT: ["date", "duration", "invoiceId"],
  DUPLICATE: ["id"],
  NOT_MODIFIABLE: ["id", "invoiceId"],
  BAD_REQUEST: ["data"],
  JSON_ERROR: ["data"]
}
