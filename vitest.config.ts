import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: [
			'tests/unit/**/*.test.ts',
			'tests/integration/**/*.test.ts',
			'tests/budgets/**/*.test.ts',
		],
		testTimeout: 120_000,
		hookTimeout: 120_000,
	},
});
