// Adds Testing Library's DOM matchers (toBeInTheDocument…) to Jest's expect.
import '@testing-library/jest-dom';
