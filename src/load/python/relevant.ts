/** Python worth parsing mentions CrewAI, tools or environment switches (the rest is only read). */
export const PY_RELEVANT = /crewai|BaseTool|@tool|environ|putenv|load_dotenv|Flow\b/;
