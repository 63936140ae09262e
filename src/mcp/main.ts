/**
 * `serverless-notes mcp`: the MCP server face over stdio (dist/mcp.js, its own bundle with the SDK inside, so
 * neither the CLI nor the VS Code extension carries it). Tools in tools.ts; files only from the working
 * directory. stdout belongs to the protocol: anything else goes to stderr.
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { createMcpCore } from './core-adapter';
import { registerTools } from './tools';

export const MCP_SERVER_NAME = 'serverless-notes';

export async function runMcpServer(version: string, cwd: string = process.cwd()): Promise<void> {
  const server = new McpServer(
    { name: MCP_SERVER_NAME, version },
    { instructions: 'Checks AWS serverless infrastructure as code (CloudFormation/SAM, serverless.yml, AWS CDK) against AWS limits and runtime lifecycles, explains positions, and looks up limits with their sources. Call check after writing or changing a template; call lookup_limit before choosing a runtime or a limit value.' },
  );
  registerTools(server, createMcpCore(cwd), cwd);
  await server.connect(new StdioServerTransport());
}
