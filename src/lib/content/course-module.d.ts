/** The type of `virtual:course`: the course the Vite content plugin compiles in at build time. */
declare module 'virtual:course' {
	const course: import('./types.ts').Course;
	export default course;
}
