declare module 'virtual:course' {
	const course: import('./types.ts').Course;
	export default course;
}
